#!/bin/sh
# The committed generated files must be what tools/gen.sh makes of the tables.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sh tools/gen.sh "$tmp"
status=0
for f in $(cd "$tmp" && find . -type f | sort); do
	if ! cmp -s "$tmp/$f" "$f"; then
		echo "drift: $f differs from what tools/gen.sh generates (run make regen)"
		diff -u "$f" "$tmp/$f" | head -20
		status=1
	fi
done
[ $status = 0 ] && echo "generated files match tools/*.tsv"
exit $status
