#!/usr/bin/env bash
# The browser tests (Web Chat page, card gallery) drive Debian's Chromium. Install it when it is
# missing and we may (root with apt); otherwise say what to do.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium for the browser tests (apt-get install chromium)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium is needed for the browser tests: install Debian's 'chromium' package (sudo apt-get install -y chromium), or set CHROMIUM_PATH." >&2
exit 1
