#!/usr/bin/env bash
# Runs the browser tests against the built site. Installs nothing: see install.sh.
#   tests/browser/run.sh                 # tests ../../public (build it first)
#   SITE_DIR=/some/site tests/browser/run.sh
# Environment: SITE_DIR (built site), CHROMIUM (browser binary), JAVA (java binary),
#              BROWSER_BATCH (pages checked at once, default 4).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# SITE_DIR is taken relative to the current directory; the default is the repository's public/
SITE_DIR="${SITE_DIR:-$here/../../public}"
[ -d "$SITE_DIR" ] && SITE_DIR="$(cd "$SITE_DIR" && pwd)"
cd "$here"

CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
JAVA="${JAVA:-java}"
missing=0

if ! command -v node >/dev/null 2>&1; then
  echo "run.sh: node is not installed (Node.js 20 or newer is needed)" >&2
  missing=1
elif ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)'; then
  echo "run.sh: node $(node --version) is too old; Node.js 20 or newer is needed" >&2
  missing=1
fi
if [ ! -x "$CHROMIUM" ]; then
  echo "run.sh: no Chromium at $CHROMIUM. Run tests/browser/install.sh as root (apt-get install chromium), or set CHROMIUM=/path/to/chromium" >&2
  missing=1
fi
if ! command -v "$JAVA" >/dev/null 2>&1; then
  echo "run.sh: java ($JAVA) not found; the Nu Html Checker needs Java 11 or newer (apt-get install default-jre-headless), or set JAVA=/path/to/java" >&2
  missing=1
fi
if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/@axe-core/playwright ] || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ]; then
  echo "run.sh: node_modules is missing or incomplete in tests/browser. Run tests/browser/install.sh (or: cd tests/browser && npm ci --ignore-scripts)" >&2
  missing=1
fi
if [ ! -f "$SITE_DIR/index.html" ]; then
  echo "run.sh: no built site at $SITE_DIR (no index.html). Build it first: cargo run --release -- build" >&2
  missing=1
fi
[ "$missing" -eq 0 ] || exit 2

export CHROMIUM JAVA SITE_DIR
echo "run.sh: $("$CHROMIUM" --version 2>/dev/null | head -n1), java $("$JAVA" -version 2>&1 | head -n1 | sed 's/.*version "\([^"]*\)".*/\1/'), node $(node --version), site $SITE_DIR"
exec npm test
