/* The dynamic relocation types a static PIE's start-up knows on x86_64
 * (psABI, elf.h R_X86_64_*): RELATIVE is applied, NONE skipped, any other
 * refused (src/static_pie.c); IRELATIVE only to name it in the message.
 * x86_64 links emit RELA tables (DT_RELA) and, with -z pack-relative-relocs,
 * DT_RELR. */
#ifndef SYSC_ARCH_X86_64_RELOC_H
#define SYSC_ARCH_X86_64_RELOC_H

#define SYSC__R_NONE 0
#define SYSC__R_RELATIVE 8
#define SYSC__R_IRELATIVE 37

#endif
