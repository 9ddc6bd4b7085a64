#!/usr/bin/env bash
# CI: Debian's chromium for tests/web (driven by playwright-core with executablePath; nothing downloads a browser).
# Unlike CUPS this is required: .ci/run sets RESERVFAX_REQUIRE_CHROMIUM=1, so a missing browser fails the suite.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "setup-chromium: $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium present')"
  exit 0
fi
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}
export DEBIAN_FRONTEND=noninteractive
as_root apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 || {
  as_root apt-get update >/dev/null
  as_root apt-get install -y --no-install-recommends chromium >/dev/null
}
echo "setup-chromium: $(/usr/bin/chromium --version)"
