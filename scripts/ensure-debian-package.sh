#!/usr/bin/env bash
# Make sure a Debian package's files are there: ensure-debian-package.sh PACKAGE WHAT FILE...
# WHAT says what goes wrong without it. Installs the package only when CI=true and running as
# root; elsewhere says how.
set -euo pipefail

package="$1" what="$2"
shift 2
say() { echo "$package: $*" >&2; }

missing=0
for file in "$@"; do
    [ -f "$file" ] || missing=1
done
[ "$missing" -eq 0 ] && exit 0
if [ "${CI:-}" != "true" ]; then
    say "missing ($1); $what"
    say "install it with: sudo apt-get install -y $package"
    exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    say "missing and cannot be installed here: apt-get install $package"
    exit 1
fi
say "installing Debian's $package package"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "$package" >/dev/null
