/**
 * Browser tests against `npm run dev` (tests/e2e-dev/): the development server must serve
 * the page readers get, with working widgets and no console errors. It compiles pages on
 * first request, so tests are few and patient. Port: DEV_E2E_PORT, else 3100.
 */
import { readFileSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const chromiumArgs: string[] = JSON.parse(readFileSync('scripts/lib/chromium-args.json', 'utf8'));
const PORT = Number(process.env.DEV_E2E_PORT ?? 3100);

export default defineConfig({
  testDir: 'tests/e2e-dev',
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 240_000,
  expect: { timeout: 60_000 },
  use: {
    // localhost, not 127.0.0.1: the address a writer opens
    baseURL: `http://localhost:${PORT}`,
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
  webServer: {
    command: `node_modules/.bin/tsx scripts/dev/dev.ts --port ${PORT}`,
    url: `http://localhost:${PORT}/favicon.ico`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
