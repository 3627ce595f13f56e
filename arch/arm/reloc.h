/* The dynamic relocation types a static PIE's start-up knows on arm (its
 * ELF ABI, elf.h R_ARM_*): RELATIVE and TPOFF are applied, NONE skipped, any other
 * refused (src/static_pie.c); IRELATIVE only to name it in the message.
 * arm links emit REL tables (DT_REL, the addend in the relocated word),
 * as i386's do, and, with -z pack-relative-relocs, DT_RELR. */
#ifndef SYSC_ARCH_ARM_RELOC_H
#define SYSC_ARCH_ARM_RELOC_H

#define SYSC__R_NONE 0
/* R_ARM_TLS_TPOFF32 without a symbol: a local TLS variable's offset from the thread
 * pointer, which lld leaves in a static PIE (applied at start-up). */
#define SYSC__R_TPOFF 19
#define SYSC__R_RELATIVE 23
#define SYSC__R_IRELATIVE 160

#endif
