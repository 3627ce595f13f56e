/* Field-by-field and constant-by-constant comparison of sysc's ABI against
 * the kernel's uapi headers (or glibc's copy of the ABI where uapi has
 * none), shared by every tests/test_abi*.c. Include after <cmocka.h> and
 * <sysc.h>. */
#ifndef SYSC_TESTS_ABI_CHECK_H
#define SYSC_TESTS_ABI_CHECK_H

/* Alignment too: a field's alignment sets where the struct may sit inside
 * another one and its tail padding there; i386 aligns a plain 64-bit field
 * to 4, the kernel's __aligned_u64 to 8 (clone_args), which offsets and
 * sizes alone do not show. */
struct field {
	const char *name;
	size_t off, size, align;	/* sysc */
	size_t uoff, usize, ualign;	/* kernel; ualign 0: not known */
};

#define MEMBER_SIZE(type, m) sizeof(((type *)0)->m)
/* The member's own alignment, as the compiler lays it out in its struct
 * (GNU __alignof__ of an expression: _Alignof takes only types). */
#define MEMBER_ALIGN(type, m) __alignof__(((type *)0)->m)
/* A field of sysc's struct st against the field uf of ust, a full type
 * name ("struct x", "union y", a typedef) of the same or another name. */
#define FIELD2(st, f, ust, uf) FIELD_T(struct st, f, ust, uf)
#define FIELD(st, ust, f) FIELD2(st, f, ust, f)
/* Both sides full type names, for sysc types that are typedefs
 * (sysc_siginfo_t). */
#define FIELD_T(t, f, ut, uf) \
	{ #f, offsetof(t, f), MEMBER_SIZE(t, f), MEMBER_ALIGN(t, f), \
	  offsetof(ut, uf), MEMBER_SIZE(ut, uf), MEMBER_ALIGN(ut, uf) }
/* Offset and size only, for a member whose alignment its place decides
 * rather than its type (a member of a packed union or struct on one side
 * only, e.g. io_uring_sqe's buf_index): where a struct has such a member
 * its own alignment is compared (CHECK_TYPE, CHECK_ALIGN). */
#define FIELD_POS(t, f, ut, uf) \
	{ #f, offsetof(t, f), MEMBER_SIZE(t, f), MEMBER_ALIGN(t, f), \
	  offsetof(ut, uf), MEMBER_SIZE(ut, uf), 0 }
/* A field the installed uapi lacks: the kernel's documented offset/size
 * (its alignment is not checked). */
#define FIELD_DOC(st, f, uoff, usize) \
	{ #f, offsetof(struct st, f), MEMBER_SIZE(struct st, f), \
	  MEMBER_ALIGN(struct st, f), uoff, usize, 0 }
/* ...and its documented alignment (an __aligned_u64 is 8 on every arch). */
#define FIELD_DOC_A(st, f, uoff, usize, ualign) \
	{ #f, offsetof(struct st, f), MEMBER_SIZE(struct st, f), \
	  MEMBER_ALIGN(struct st, f), uoff, usize, ualign }

/* How a table has to cover its struct. */
enum cover {
	/* The fields tile the struct without gaps up to `end`, so a field
	 * missing from sysc's struct (or from the table) shows as a hole;
	 * tail padding goes in `end`. */
	TILED,
	/* As TILED, but a field may start past the previous one's end where
	 * the kernel's struct has a hole too (x86_64's flock): the offsets
	 * are still the kernel's. */
	HOLES,
	/* As TILED, but a gap is allowed where it can only be alignment
	 * padding, which both sides have: less than a long, before a
	 * long-aligned field or at the tail. */
	PADDED,
	/* Each field on its own: the table lists every kernel field, in any
	 * order and union members too (in6_addr), so holes (alignment
	 * padding such as msghdr's after msg_namelen, or x86_64's
	 * ipc64_perm's before __unused1) and tail padding are the kernel's;
	 * CHECK_LISTED compares size and alignment. */
	LISTED,
};

/* Every field at the kernel's offset with the kernel's size and
 * alignment, and the table covering the struct as `cover` says; returns
 * the number of mismatches, each printed. */
static inline int check_fields(const char *what, const struct field *t, size_t n,
			       size_t end, enum cover cover)
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
		if (t[i].ualign && t[i].align != t[i].ualign) {
			print_error("%s.%s: aligned to %zu, kernel %zu\n", what,
				    t[i].name, t[i].align, t[i].ualign);
			bad++;
		}
		if (cover != LISTED && t[i].off != next &&
		    !(cover == HOLES && t[i].off > next) &&
		    !(cover == PADDED && t[i].off > next &&
		      t[i].off - next < sizeof(long) && t[i].off % sizeof(long) == 0)) {
			print_error("%s.%s: at %zu, previous field ends at %zu\n",
				    what, t[i].name, t[i].off, next);
			bad++;
		}
		next = t[i].off + t[i].size;
	}
	if (cover != LISTED && next != end &&
	    !(cover == PADDED && next < end && end - next < sizeof(long))) {
		print_error("%s: fields end at %zu, expected %zu\n", what, next,
			    end);
		bad++;
	}
	return bad;
}

#define TABLE_LEN(t) (sizeof(t) / sizeof((t)[0]))

/* The general form: table t covering its struct up to `end` as `cover`
 * says, and sysc's size equal to the kernel's. */
#define CHECK_STRUCT_COVER(what, t, end, cover, sysc_size, uapi_size) do { \
	int bad_ = check_fields(what, t, TABLE_LEN(t), end, cover); \
	if ((size_t)(sysc_size) != (size_t)(uapi_size)) { \
		print_error("%s: sizeof %zu, kernel %zu\n", what, \
			    (size_t)(sysc_size), (size_t)(uapi_size)); \
		bad_++; \
	} \
	assert_int_equal(bad_, 0); \
} while (0)
/* Tiled up to sysc's size; uapi_size may be a documented number. */
#define CHECK_STRUCT(what, t, sysc_size, uapi_size) \
	CHECK_STRUCT_COVER(what, t, sysc_size, TILED, sysc_size, uapi_size)
/* sysc's struct st against the kernel's ust (full type name), tiled, and
 * the whole struct's alignment. */
#define CHECK_TYPE(st, ust, t) do { \
	CHECK_STRUCT(#st, t, sizeof(struct st), sizeof(ust)); \
	CHECK_ALIGN(struct st, ust); \
} while (0)
/* sysc's type against the kernel's, alignment only (both full names). */
#define CHECK_ALIGN(t, ut) do { \
	if (_Alignof(t) != _Alignof(ut)) \
		print_error("%s: aligned to %zu, kernel %zu\n", #t, \
			    (size_t)_Alignof(t), (size_t)_Alignof(ut)); \
	assert_int_equal(_Alignof(t), _Alignof(ut)); \
} while (0)

/* sysc's type st against the kernel's ust (both full type names), field by
 * field as LISTED, size and alignment. */
#define CHECK_LISTED(st, ust, t) do { \
	int bad_ = check_fields(#st, t, TABLE_LEN(t), 0, LISTED); \
	if (sizeof(st) != sizeof(ust) || _Alignof(st) != _Alignof(ust)) { \
		print_error("%s: size %zu align %zu, kernel %zu %zu\n", #st, \
			    sizeof(st), (size_t)_Alignof(st), sizeof(ust), \
			    (size_t)_Alignof(ust)); \
		bad_++; \
	} \
	assert_int_equal(bad_, 0); \
} while (0)

/* One field of t (a full type name) against uf of ut, offset, size and
 * alignment; CHECK_FIELD_POS offset and size only (FIELD_POS). */
#define CHECK_FIELD(t, f, ut, uf) do { \
	const struct field one_[] = { FIELD_T(t, f, ut, uf) }; \
	assert_int_equal(check_fields(#t, one_, 1, 0, LISTED), 0); \
} while (0)
#define CHECK_FIELD_POS(t, f, ut, uf) do { \
	const struct field one_[] = { FIELD_POS(t, f, ut, uf) }; \
	assert_int_equal(check_fields(#t, one_, 1, 0, LISTED), 0); \
} while (0)

struct constant {
	const char *name, *kname;
	long long value, kvalue;
};

/* SYSC_x against the kernel's expression k. */
#define KV(x, k) { "SYSC_" #x, #k, (long long)(SYSC_##x), (long long)(k) }
/* Not KV(x, x): an argument passed on is macro-expanded first. */
#define K(x) { "SYSC_" #x, #x, (long long)(SYSC_##x), (long long)(x) }
/* A constant the installed uapi lacks: the kernel's documented value... */
#define KDOC(x, v) { "SYSC_" #x, "documented " #v, (long long)(SYSC_##x), \
		     (long long)(v) }
/* ...and where it is documented ("linux/fs.h 6.9"). */
#define KDOC_AT(x, v, where) { "SYSC_" #x, where, (long long)(SYSC_##x), \
			       (long long)(v) }

/* Every constant equal to the kernel's; each mismatch printed. */
static inline void check_constants(const struct constant *c, size_t n)
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
#define CHECK_CONSTANTS(t) check_constants(t, TABLE_LEN(t))
/* One constant, for checks written one per line: K(x), KV(x, k). */
#define CHECK_K1(c) do { \
	const struct constant one_[] = { c }; \
	CHECK_CONSTANTS(one_); \
} while (0)

#endif
