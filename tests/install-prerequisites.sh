#!/usr/bin/env bash
# Installs what the end-to-end suites need, only when it is missing: Debian's Chromium for Playwright,
# and the npm packages of tests/js (Microsoft's official Bot Framework and Slack clients).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "install-prerequisites: installing Chromium (apt)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium >&2
fi

if [ -f tests/js/package.json ] && [ ! -d tests/js/node_modules ]; then
  echo "install-prerequisites: installing npm packages for tests/js" >&2
  (cd tests/js && npm ci --ignore-scripts --no-audit --no-fund >&2)
fi
