#!/usr/bin/env node
/**
 * Finds a Chrome or Chromium to run tests, Storybook checks and benchmarks in: CHROME_PATH if set,
 * else the usual install places. Run directly, it prints the path (exit 0) or explains what to
 * install (exit 1). No dependencies, so it works before `npm ci`.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}

/** Flags for headless runs as root in a closed network (see docs/decisions.md). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Pages run side by side: none may be throttled as a background tab.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = findChrome();
  if (path) {
    console.log(path);
  } else {
    console.error(
      process.env.CHROME_PATH
        ? `CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no such file.`
        : 'No Chrome or Chromium found. Install one (Debian/Ubuntu: apt-get install chromium; macOS: install Google Chrome), or set CHROME_PATH to its executable.',
    );
    process.exit(1);
  }
}
