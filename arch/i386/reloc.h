/* The dynamic relocation types a static PIE's start-up knows on i386
 * (psABI, elf.h R_386_*): RELATIVE is applied, NONE skipped, any other
 * refused (src/static_pie.c); IRELATIVE only to name it in the message.
 * i386 links emit REL tables (DT_REL, the addend in the relocated word)
 * and, with -z pack-relative-relocs, DT_RELR. */
#ifndef SYSC_ARCH_I386_RELOC_H
#define SYSC_ARCH_I386_RELOC_H

#define SYSC__R_NONE 0
#define SYSC__R_RELATIVE 8
#define SYSC__R_IRELATIVE 42

#endif
