#!/usr/bin/env bash
# The bench's own setup (never the test suite's): Debian's ocrmypdf, the OCR-only tool `npm run bench` compares with.
set -euo pipefail
if command -v ocrmypdf >/dev/null; then echo "bench/setup: $(ocrmypdf --version) already installed"; exit 0; fi
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q ocrmypdf
echo "bench/setup: $(ocrmypdf --version) installed"
