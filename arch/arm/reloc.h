/* The dynamic relocation types a static PIE's start-up knows on arm (its
 * ELF ABI, elf.h R_ARM_*): RELATIVE is applied, NONE skipped, any other
 * refused (src/static_pie.c); IRELATIVE only to name it in the message.
 * arm links emit REL tables (DT_REL, the addend in the relocated word),
 * as i386's do, and, with -z pack-relative-relocs, DT_RELR. */
#ifndef SYSC_ARCH_ARM_RELOC_H
#define SYSC_ARCH_ARM_RELOC_H

#define SYSC__R_NONE 0
#define SYSC__R_RELATIVE 23
#define SYSC__R_IRELATIVE 160

#endif
