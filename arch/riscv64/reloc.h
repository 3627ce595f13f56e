/* The dynamic relocation types a static PIE's start-up knows on riscv64
 * (its psABI, elf.h R_RISCV_*): RELATIVE and TPOFF are applied, NONE skipped, any
 * other refused (src/static_pie.c); IRELATIVE only to name it in the
 * message. riscv64 links emit RELA tables (DT_RELA) and, with
 * -z pack-relative-relocs, DT_RELR. */
#ifndef SYSC_ARCH_RISCV64_RELOC_H
#define SYSC_ARCH_RISCV64_RELOC_H

#define SYSC__R_NONE 0
/* R_RISCV_TLS_TPREL64 without a symbol: a local TLS variable's offset from the thread
 * pointer, which lld leaves in a static PIE (applied at start-up). */
#define SYSC__R_TPOFF 11
#define SYSC__R_RELATIVE 3
#define SYSC__R_IRELATIVE 58

#endif
