/* A stand-in vDSO for the parser tests: built by mk/vdso.mk as several
 * shared objects (-shared -nostdlib, each hash style, with and without
 * version scripts, at a non-zero base). Each function returns its own
 * constant, so a test that calls the resolved address knows it got the
 * right one. No data and no calls: nothing to relocate. */
int __vdso_clock_gettime(void) { return 1101; }
int __vdso_getcpu(void) { return 2202; }
int __vdso_time(void) { return 3303; }
/* Not in any version script: local in the versioned fixtures. */
int fx_unlisted(void) { return 4404; }
