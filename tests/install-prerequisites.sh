#!/usr/bin/env bash
# Installs what the end-to-end suites need, only when it is missing: Debian's Chromium for Playwright,
# and the npm packages of tests/js (Microsoft's official Bot Framework and Slack clients).
set -euo pipefail
cd "$(dirname "$0")/.."

apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-prerequisites: '$*' is missing and installing it needs root (apt-get install $*)" >&2
    return 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  [ -n "${apt_updated:-}" ] || { apt-get update -qq >&2; apt_updated=1; }
  apt-get install -y -qq "$@" >&2
}

if ! /usr/bin/chromium --version >/dev/null 2>&1; then
  echo "install-prerequisites: installing Chromium (apt)" >&2
  apt_install chromium
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "install-prerequisites: installing Node.js and npm (apt)" >&2
  apt_install nodejs npm
fi

# npm ci when nothing is installed yet, or the lock file changed since the last install.
installed=tests/js/node_modules/.package-lock.json
if [ -f tests/js/package.json ] && { [ ! -f "$installed" ] || [ tests/js/package-lock.json -nt "$installed" ]; }; then
  echo "install-prerequisites: installing npm packages for tests/js" >&2
  (cd tests/js && npm ci --ignore-scripts --no-audit --no-fund >&2)
fi
