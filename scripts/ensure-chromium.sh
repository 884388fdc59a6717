#!/usr/bin/env bash
# The browser tests (Web Chat page, card gallery) drive Debian's Chromium, with a colour emoji
# font for the verdict marks and a CJK font so Chinese shows as Chinese, not as empty boxes.
# Install them when missing and we may (root with apt); otherwise say what to do.
set -euo pipefail
have_emoji_font() { [ -e /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ]; }
have_cjk_font() { [ -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ]; }
have_chromium() { command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; }
if have_chromium && have_emoji_font && have_cjk_font; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium and fonts for the browser tests (apt-get install chromium fonts-noto-color-emoji fonts-noto-cjk)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-noto-color-emoji fonts-noto-cjk >/dev/null
  exit 0
fi
if have_chromium; then
  have_emoji_font || echo "Note: no colour emoji font; card previews show boxes for the verdict marks (apt-get install fonts-noto-color-emoji)." >&2
  have_cjk_font || echo "Note: no CJK font; Chinese cards and pages show boxes and their browser tests fail (apt-get install fonts-noto-cjk)." >&2
  exit 0
fi
echo "Chromium is needed for the browser tests: install Debian's 'chromium' package (sudo apt-get install -y chromium), or set CHROMIUM_PATH." >&2
exit 1
