import { findChrome } from './find-chrome.mjs';

if (!findChrome()) {
  console.error(
    'No Chrome or Chromium found: install one (Debian: `apt-get install -y chromium`) or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}
