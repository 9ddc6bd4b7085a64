#!/usr/bin/env bash
# CI: give tests/print a real CUPS scheduler with a cups-pdf queue. Safe to run again.
# It never turns CI red: when CUPS cannot be set up it says why and exits 0, and the
# print tests then skip with their reason.
set -Eeuo pipefail

QUEUE="${RESERVFAX_TEST_PRINTER:-reservfax-test}"
OUT_DIR="${RESERVFAX_TEST_PRINT_DIR:-/var/spool/cups-pdf/reservfax-test}"
CUPS_PDF_CONF=/etc/cups/cups-pdf.conf
CUPS_PDF_BACKEND=/usr/lib/cups/backend/cups-pdf
# cupsd, cupsenable and cupsaccept live in sbin, which a non-root PATH may lack.
export PATH="$PATH:/usr/sbin:/sbin"
# lpstat's messages are matched below; keep them in English.
export LC_ALL=C

started=$SECONDS
give_up() {
  echo "setup-cups: $1. The real-CUPS tests in tests/print skip when they find no usable queue." >&2
  exit 0
}
trap 'give_up "a step failed (line $LINENO: $BASH_COMMAND)"' ERR

# Root is needed only for a step that changes something, so a ready machine needs no sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo -n "$@"
  else
    give_up "this step needs root and there is no password-less sudo: $*"
  fi
}
ci_user="$(id -un)"

scheduler_running() { lpstat -r 2>/dev/null | grep -q '^scheduler is running'; }

missing=()
for cmd in lp lpstat lpadmin lpinfo cupsenable cupsaccept cupsd ipptool; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd")
done
[ -e "$CUPS_PDF_BACKEND" ] || missing+=("cups-pdf backend")
if [ "${#missing[@]}" -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || give_up "missing ${missing[*]} and no apt-get to install them"
  echo "setup-cups: installing CUPS (missing: ${missing[*]})"
  # cups: the scheduler and filters; cups-client: lp, lpstat, lpadmin, lpinfo, cupsenable, cupsaccept;
  # printer-driver-cups-pdf: the cups-pdf backend and its PPD; cups-ipp-utils: ipptool, which reads job titles
  # when a print is redone after a crash (src/print/find-print-job.ts).
  as_root timeout 300 apt-get update -qq || give_up "apt-get update failed"
  as_root env DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq --no-install-recommends \
    cups cups-client cups-ipp-utils printer-driver-cups-pdf >/dev/null || give_up "apt-get install of cups failed"
fi

# cups-pdf writes into a fixed folder that the test knows (RESERVFAX_TEST_PRINT_DIR).
[ -f "$CUPS_PDF_CONF" ] || give_up "$CUPS_PDF_CONF is missing"
if ! grep -qxF "Out $OUT_DIR" "$CUPS_PDF_CONF"; then
  as_root sed -i -E "s|^[#[:space:]]*Out[[:space:]].*$|Out $OUT_DIR|" "$CUPS_PDF_CONF"
  grep -qxF "Out $OUT_DIR" "$CUPS_PDF_CONF" || echo "Out $OUT_DIR" | as_root tee -a "$CUPS_PDF_CONF" >/dev/null
fi
# cups-pdf writes as the user who printed, so the folder must be theirs.
if [ "$(stat -c %U "$OUT_DIR" 2>/dev/null)" != "$ci_user" ]; then
  as_root install -d -o "$ci_user" -m 0755 "$OUT_DIR"
fi

# No systemd here: start cupsd directly (it daemonises) and wait until it answers.
if ! scheduler_running; then
  echo "setup-cups: starting cupsd"
  as_root mkdir -p /run/cups
  as_root cupsd || give_up "cupsd did not start"
  for _ in $(seq 1 60); do
    scheduler_running && break
    sleep 0.5
  done
  scheduler_running || give_up "cupsd was started but lpstat -r does not report it running"
fi

if ! lpstat -v "$QUEUE" 2>/dev/null | grep -q 'cups-pdf:/'; then
  model="$(lpinfo -m 2>/dev/null | awk 'tolower($0) ~ /cups-pdf/ { print $1; exit }' || true)"
  ppd="$(find /usr/share/ppd -iname 'CUPS-PDF*.ppd*' 2>/dev/null | head -n 1 || true)"
  if [ -n "$model" ]; then
    as_root lpadmin -p "$QUEUE" -v cups-pdf:/ -m "$model" -E
  elif [ -n "$ppd" ]; then
    as_root lpadmin -p "$QUEUE" -v cups-pdf:/ -P "$ppd" -E
  else
    give_up "no cups-pdf driver found (lpinfo -m lists none, no CUPS-PDF PPD under /usr/share/ppd)"
  fi
fi
accepting() { lpstat -a "$QUEUE" 2>/dev/null | grep -qF "$QUEUE accepting requests"; }
lpstat -p "$QUEUE" | grep -q 'enabled since' || as_root cupsenable "$QUEUE"
accepting || as_root cupsaccept "$QUEUE"
accepting || give_up "queue $QUEUE does not accept jobs"
echo "setup-cups: queue $QUEUE ready, cups-pdf output in $OUT_DIR ($((SECONDS - started)) s)"
