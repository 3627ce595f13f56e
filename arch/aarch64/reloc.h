/* The dynamic relocation types a static PIE's start-up knows on aarch64
 * (its psABI, elf.h R_AARCH64_*): RELATIVE is applied, NONE skipped, any
 * other refused (src/static_pie.c); IRELATIVE only to name it in the
 * message. aarch64 links emit RELA tables (DT_RELA) and, with
 * -z pack-relative-relocs, DT_RELR. */
#ifndef SYSC_ARCH_AARCH64_RELOC_H
#define SYSC_ARCH_AARCH64_RELOC_H

#define SYSC__R_NONE 0
#define SYSC__R_RELATIVE 1027
#define SYSC__R_IRELATIVE 1032

#endif
