/**
 * Runs the Playwright browser tests against the built site, in Debian's Chromium: finds
 * the browser at CHROME_PATH or /usr/bin/chromium, and stops with instructions when
 * there is none (test tools cannot download browsers on these machines).
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((c): c is string => Boolean(c));
const chrome = candidates.find((candidate) => existsSync(candidate));
if (!chrome) {
  console.error(
    [
      'Browser tests need Chromium, and none was found.',
      `Looked at: ${candidates.join(', ')}.`,
      "Install Debian/Ubuntu's package:   sudo apt-get install -y chromium",
      'or point CHROME_PATH at a Chromium or Chrome binary:   CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}
// the development server's tests (playwright.dev.config.ts) start their own server
const againstDev = process.argv.some((arg) => arg.includes('playwright.dev.config'));
if (!againstDev && !existsSync('out/index.html')) {
  console.error('Browser tests run against the built site: run `npm run build` first.');
  process.exit(1);
}
const result = spawnSync('node_modules/.bin/playwright', ['test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
process.exit(result.status ?? 1);
