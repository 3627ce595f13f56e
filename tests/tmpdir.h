/* A scratch directory for a test binary's group: tmpdir_setup makes
 * /tmp/<TMPDIR_PREFIX>XXXXXX and opens it as dfd (for the *at calls),
 * tmpdir_teardown closes dfd and removes the tree. Define TMPDIR_PREFIX
 * ("sysc-fs-") and include after <cmocka.h> and <sysc.h>; needs <stdio.h>,
 * <stdlib.h> and <string.h>. */
#ifndef SYSC_TESTS_TMPDIR_H
#define SYSC_TESTS_TMPDIR_H

static char dir[64];
static int dfd;

static int tmpdir_setup(void **state)
{
	(void)state;
	strcpy(dir, "/tmp/" TMPDIR_PREFIX "XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	dfd = sysc_openat(SYSC_AT_FDCWD, dir, SYSC_O_DIRECTORY | SYSC_O_RDONLY, 0);
	return dfd < 0 ? -1 : 0;
}

static int tmpdir_teardown(void **state)
{
	char cmd[128];

	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	sysc_close(dfd);
	return system(cmd);
}

#endif
