#!/usr/bin/env bash
# Make sure WordNet 3.0 (Debian's wordnet-base), read by scripts/build_lexicons.py, is there.
# Installs it only when CI=true and running as root; elsewhere says how.
set -euo pipefail

say() { echo "install-wordnet: $*" >&2; }

if [ -f /usr/share/wordnet/data.noun ]; then
    exit 0
fi
if [ "${CI:-}" != "true" ]; then
    say "WordNet is missing; scripts/build_lexicons.py will skip its entries."
    say "install it with: sudo apt-get install -y wordnet-base"
    exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    say "WordNet is missing and cannot be installed here: apt-get install wordnet-base"
    exit 1
fi
say "installing Debian's wordnet-base package"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends wordnet-base >/dev/null
