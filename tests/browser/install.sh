#!/usr/bin/env bash
# Installs what the browser tests need, idempotently, as root on Debian:
#   - Debian's chromium (only when /usr/bin/chromium is missing)
#   - Java for the Nu Html Checker (only when java is missing)
#   - the npm packages of package-lock.json (npm ci), without install scripts:
#     vnu-jar's postinstall would try to download a Java runtime, and the system Java is used.
# npm never downloads a browser here: playwright-core is driven with Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")"

apt_updated=0
apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "install.sh: need root to apt-get install $*" >&2
    exit 1
  fi
  if [ "$apt_updated" -eq 0 ]; then
    apt-get update
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"
}

if [ ! -x /usr/bin/chromium ]; then
  apt_install chromium
else
  echo "install.sh: chromium present ($(/usr/bin/chromium --version 2>/dev/null | head -n1))"
fi

if ! command -v java >/dev/null 2>&1; then
  apt_install default-jre-headless
else
  echo "install.sh: java present ($(java -version 2>&1 | head -n1))"
fi

# npm ci always starts from a clean node_modules, so running this again is harmless
npm ci --ignore-scripts --no-audit --no-fund
