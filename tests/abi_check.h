/* Field-by-field and constant-by-constant comparison of sysc's ABI against
 * the kernel's uapi headers, for tests/test_abi_<area>.c (the same scheme
 * as tests/test_abi.c). Include after <cmocka.h> and <sysc.h>. */
#ifndef SYSC_TESTS_ABI_CHECK_H
#define SYSC_TESTS_ABI_CHECK_H

struct field {
	const char *name;
	size_t off, size;	/* sysc */
	size_t uoff, usize;	/* kernel */
};

#define MEMBER_SIZE(type, m) sizeof(((type *)0)->m)
#define FIELD2(st, f, ust, uf) \
	{ #f, offsetof(struct st, f), MEMBER_SIZE(struct st, f), \
	  offsetof(ust, uf), MEMBER_SIZE(ust, uf) }
/* ust is a full type name ("struct x" or "union y"). */
#define FIELD(st, ust, f) FIELD2(st, f, ust, f)
/* A field the installed uapi lacks: the kernel's documented offset/size. */
#define FIELD_DOC(st, f, uoff, usize) \
	{ #f, offsetof(struct st, f), MEMBER_SIZE(struct st, f), uoff, usize }

/* Every field matches, and the table covers the struct without gaps up to
 * `end`, so a field missing from sysc's struct (or the table) shows. */
static int check_fields(const char *what, const struct field *t, size_t n,
			size_t end)
{
	size_t next = 0;
	int bad = 0;

	for (size_t i = 0; i < n; i++) {
		if (t[i].off != t[i].uoff || t[i].size != t[i].usize) {
			print_error("%s.%s: offset %zu size %zu, kernel %zu %zu\n",
				    what, t[i].name, t[i].off, t[i].size,
				    t[i].uoff, t[i].usize);
			bad++;
		}
		if (t[i].off != next) {
			print_error("%s.%s: at %zu, previous field ends at %zu\n",
				    what, t[i].name, t[i].off, next);
			bad++;
		}
		next = t[i].off + t[i].size;
	}
	if (next != end) {
		print_error("%s: fields end at %zu, struct at %zu\n", what,
			    next, end);
		bad++;
	}
	return bad;
}

#define CHECK_STRUCT(what, t, sysc_size, uapi_size) do { \
	int bad_ = check_fields(what, t, sizeof(t) / sizeof(t[0]), sysc_size); \
	if ((size_t)(sysc_size) != (size_t)(uapi_size)) { \
		print_error("%s: sizeof %zu, kernel %zu\n", what, \
			    (size_t)(sysc_size), (size_t)(uapi_size)); \
		bad_++; \
	} \
	assert_int_equal(bad_, 0); \
} while (0)

struct constant {
	const char *name, *kname;
	long long value, kvalue;
};

#define KV(x, k) { "SYSC_" #x, #k, (long long)(SYSC_##x), (long long)(k) }
#define K(x) { "SYSC_" #x, #x, (long long)(SYSC_##x), (long long)(x) }
#define KDOC(x, v) { "SYSC_" #x, "documented " #v, (long long)(SYSC_##x), \
		     (long long)(v) }

static void check_constants(const struct constant *c, size_t n)
{
	int bad = 0;

	for (size_t i = 0; i < n; i++) {
		if (c[i].value != c[i].kvalue) {
			print_error("%s = %#llx, kernel %s = %#llx\n", c[i].name,
				    c[i].value, c[i].kname, c[i].kvalue);
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

#endif
