/** Browser tests against the exported site served locally, in Debian's Chromium. */
import { readFileSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/** Chromium's flags on these machines, shared with scripts/measure/bench.ts and scripts/measure/lighthouse.ts. */
const chromiumArgs: string[] = JSON.parse(readFileSync('scripts/lib/chromium-args.json', 'utf8'));

const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // the offline cache would download the whole site in every test; tests/e2e/offline.spec.ts allows it
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
  webServer: {
    command: `node_modules/.bin/tsx scripts/dev/serve.ts out ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
