#!/usr/bin/env bash
# Make sure headless Chromium is there for the browser tests (tests/browser/).
#
#   scripts/install-chromium.sh            # checks; installs only when CI=true
#   CI=true scripts/install-chromium.sh    # installs Debian's chromium package when missing
#
# The browser tests drive Debian's own Chromium through Playwright; Playwright's browser
# download (`playwright install`) is never used. Installing needs root and apt-get, so it is
# done only under CI=true (or VETTING_INSTALL_CHROMIUM=1); elsewhere the script only says how.
# Environment: CHROMIUM (default /usr/bin/chromium).
set -euo pipefail

CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
say() { echo "install-chromium: $*" >&2; }

if [ -x "$CHROMIUM" ]; then
    say "found $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
    exit 0
fi

if [ "${CI:-}" != "true" ] && [ "${VETTING_INSTALL_CHROMIUM:-}" != "1" ]; then
    say "$CHROMIUM is missing; the browser tests will be skipped."
    say "install it with: sudo apt-get install -y chromium   (or: sudo make browser-deps CI=true)"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    say "$CHROMIUM is missing and installing it needs root: sudo apt-get install -y chromium"
    exit 1
fi
if ! command -v apt-get >/dev/null; then
    say "$CHROMIUM is missing and this machine has no apt-get; install Chromium and set CHROMIUM"
    exit 1
fi

say "installing Debian's chromium package"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
if [ ! -x "$CHROMIUM" ]; then
    say "apt-get finished but $CHROMIUM is still missing"
    exit 1
fi
say "installed $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
