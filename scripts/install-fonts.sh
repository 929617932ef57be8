#!/usr/bin/env bash
# Make sure the DejaVu fonts embedded in board packets are there (Debian's fonts-dejavu-core).
# Installs them only when CI=true and running as root; elsewhere says how.
set -euo pipefail

FONT_DIR="${PDF_FONT_DIR:-/usr/share/fonts/truetype/dejavu}"
exec bash "$(dirname "$0")/ensure-debian-package.sh" fonts-dejavu-core \
    "board packets (PDF) will explain the problem (or set PDF_FONT_DIR)" \
    "$FONT_DIR/DejaVuSans.ttf" "$FONT_DIR/DejaVuSans-Bold.ttf"
