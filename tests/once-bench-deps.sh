#!/bin/sh
# `make bench` installs or names its dependencies the way `make test` does:
# its first step is tests/deps.sh bench, and on a machine without musl-gcc,
# where the user is not root, that step prints the one command naming
# musl-tools (and gcc-multilib) and fails. The machine is simulated by a
# PATH holding only what deps.sh needs besides the shell, and an `id` that
# answers 1000.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/bin"
for t in mktemp rm; do ln -s "$(command -v $t)" "$tmp/bin/$t"; done
printf '#!/bin/sh\necho 1000\n' > "$tmp/bin/id"
chmod +x "$tmp/bin/id"

first=$(make -n --no-print-directory bench B="$tmp/b" CC="$CC" 2>&1 | grep -v '^make' | head -n 1)
case $first in
*"tests/deps.sh bench"*) echo "ok - make bench runs tests/deps.sh bench first" ;;
*) echo "not ok - make bench starts with: $first"; exit 1 ;;
esac

out=$(PATH="$tmp/bin" /bin/sh tests/deps.sh bench 2>&1)
rc=$?
last=$(printf '%s\n' "$out" | tail -n 1)
case $rc:$last in
1:*"apt-get install -y"*musl-tools*) echo "ok - without musl-gcc, not root: deps.sh bench prints:$last" ;;
*) echo "not ok - deps.sh bench without musl-gcc (exit $rc):"; printf '%s\n' "$out"; exit 1 ;;
esac
