#!/bin/sh
# Installs Chromium for the tests when no Chrome or Chromium is found, through apt-get where the system
# allows it; otherwise says what to install. A machine that already has Chrome is left alone.
set -e
if node scripts/find-chrome.mjs >/dev/null 2>&1; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else SUDO="none"; fi
  if [ "$SUDO" != "none" ]; then
    echo "No Chrome or Chromium found: installing Debian's chromium package with apt-get."
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
    node scripts/find-chrome.mjs >/dev/null && exit 0
  fi
fi
echo "placekit's tests need Chrome or Chromium, and none was found or could be installed here."
echo "Install one (Debian/Ubuntu: sudo apt-get install chromium; macOS: Google Chrome; Windows: Google Chrome),"
echo "or set CHROME_PATH to the browser's executable, then run this again."
exit 1
