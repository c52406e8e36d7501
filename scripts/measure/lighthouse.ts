/**
 * `npm run lighthouse`: runs Lighthouse (12.2.3) with Debian's Chromium against the built
 * site served locally, for a set of pages, with the mobile and desktop presets, three
 * runs each, and prints the median of every category score plus LCP, TBT and CLS.
 * Timing on a shared 2-core machine is noisy: compare runs side by side, and read the
 * medians, not single runs. Usage:
 *   npm run lighthouse -- [--runs 3] [--pages /en/,/en/self-attention/] [--json]
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option('runs', '3'));
const pages = option('pages', '/en/,/en/what-is-an-llm/,/en/self-attention/,/zh/self-attention/,/en/positional-encoding/,/zh/use-cases/,/en/glossary/').split(',');
const port = Number(option('port', '4190'));
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

if (!existsSync('out/index.html')) {
  console.error('lighthouse: out/ is missing; run `npm run build` first.');
  process.exit(1);
}
if (!existsSync(chromePath)) {
  console.error(`lighthouse: no Chromium at ${chromePath}; install it (apt-get install -y chromium) or set CHROME_PATH.`);
  process.exit(1);
}

const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev/serve.ts', 'out', String(port)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 700));

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', ...JSON.parse(readFileSync(new URL('../lib/chromium-args.json', import.meta.url), 'utf8'))],
});

/** The figures kept from one Lighthouse run: category scores out of 100, LCP and TBT in ms, CLS. */
const METRICS = ['performance', 'accessibility', 'bestPractices', 'seo', 'lcp', 'tbt', 'cls'] as const;
type Metrics = Record<(typeof METRICS)[number], number>;

const rows: (Metrics & { path: string; preset: string })[] = [];
try {
  for (const path of pages) {
    for (const preset of ['mobile', 'desktop']) {
      const results: Metrics[] = [];
      for (let run = 0; run < runs; run++) {
        const config = preset === 'desktop' ? desktopConfig : undefined;
        const result = await lighthouse(`http://127.0.0.1:${port}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
        if (!result) throw new Error(`lighthouse: no result for ${path} (${preset})`);
        const lhr = result.lhr;
        // a category Lighthouse could not score counts as 0 (NaN for a missing audit)
        const score = (id: string) => (lhr.categories[id]?.score ?? 0) * 100;
        const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        results.push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcp: value('largest-contentful-paint'),
          tbt: value('total-blocking-time'),
          cls: value('cumulative-layout-shift'),
        });
      }
      const medians = Object.fromEntries(METRICS.map((k) => [k, median(results.map((r) => r[k]))])) as Metrics;
      rows.push({ path, preset, ...medians });
      process.stderr.write(`lighthouse: ${path} ${preset} done\n`);
    }
  }
} finally {
  await chrome.kill();
  server.kill();
}

if (args.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  console.log(`Lighthouse 12.2.3, median of ${runs} run(s), Chromium at ${chromePath}:`);
  console.log('page                             preset   perf  a11y  best   seo     LCP      TBT     CLS');
  for (const r of rows) {
    const scores = [r.performance, r.accessibility, r.bestPractices, r.seo].map((s) => String(Math.round(s)).padStart(5));
    const lcp = `${(r.lcp / 1000).toFixed(2).padStart(6)} s`;
    const tbt = `${Math.round(r.tbt).toString().padStart(5)} ms`;
    console.log([r.path.padEnd(32), r.preset.padEnd(7), ...scores, lcp, tbt, r.cls.toFixed(3).padStart(7)].join(' '));
  }
}
