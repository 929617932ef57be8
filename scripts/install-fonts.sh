#!/usr/bin/env bash
# Make sure the DejaVu fonts embedded in board packets are there (Debian's fonts-dejavu-core).
# Installs them only when CI=true and running as root; elsewhere says how.
set -euo pipefail

FONT_DIR="${PDF_FONT_DIR:-/usr/share/fonts/truetype/dejavu}"
say() { echo "install-fonts: $*" >&2; }

if [ -f "$FONT_DIR/DejaVuSans.ttf" ] && [ -f "$FONT_DIR/DejaVuSans-Bold.ttf" ]; then
    exit 0
fi
if [ "${CI:-}" != "true" ]; then
    say "DejaVu fonts are missing from $FONT_DIR; board packets (PDF) will explain the problem."
    say "install them with: sudo apt-get install -y fonts-dejavu-core   (or set PDF_FONT_DIR)"
    exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    say "DejaVu fonts are missing and cannot be installed here: apt-get install fonts-dejavu-core"
    exit 1
fi
say "installing Debian's fonts-dejavu-core package"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq fonts-dejavu-core >/dev/null
