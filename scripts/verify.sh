#!/bin/sh
# The whole test suite from a fresh checkout: installs a browser if there is none (apt-get on Debian),
# installs the exact dependencies (npm ci), then runs npm test's runner. Its last line is the closing
# count, `N passed, N failed, N skipped`; it exits non-zero on any failure. CI runs exactly this.
set -e
cd "$(dirname "$0")/.."
sh scripts/install-chromium.sh
npm ci --no-audit --no-fund
node scripts/test.mjs
