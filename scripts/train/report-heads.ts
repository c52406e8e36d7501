/**
 * Prints what each head of the shipped models attends to, as scored by
 * lib/model/headPatterns over the site's sample sentences and the first
 * held-out sentences, plus how learned position similarity falls off.
 *
 * Why this file exists: the head labels quoted in data/README.md come from
 * here (`npx tsx scripts/train/report-heads.ts`), computed, not hand-picked.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forward } from '../../lib/model/forward';
import { classifyHeadsOver } from '../../lib/model/headPatterns';
import { positionSimilarity } from '../../lib/model/positions';
import { encode } from '../../lib/model/tokenizer';
import { readModel } from '../model-eval';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLES = {
  en: ["The animal didn't cross the street because it was too tired.", 'The cat sat on the mat.', 'She gave him the book because he asked for it.', 'The keys to the cabinet are on the table.'],
  zh: ['小猫没有过马路，因为它太累了。', '我喜欢读书，也喜欢写字。', '老师把书给了学生，因为他想读。'],
};

for (const locale of ['en', 'zh'] as const) {
  const model = readModel(locale);
  const heldOut = readFileSync(join(root, 'data/heldout', `${locale}.txt`), 'utf8');
  const chunks = Array.from({ length: 12 }, (_, i) => Array.from(heldOut).slice(i * 64, (i + 1) * 64).join(''));
  const traces = [...SAMPLES[locale], ...chunks].map((t) => forward(model, encode(model, t).ids));
  console.log(`\n${locale}: head scores averaged over ${traces.length} texts`);
  for (const h of classifyHeadsOver(traces)) {
    const s = Object.entries(h.scores).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ');
    console.log(`  layer ${h.layer} head ${h.head}: ${h.label.padEnd(15)} (${s})`);
  }
  const sim = positionSimilarity(model);
  const byDistance = [1, 2, 4, 8, 16, 32].map((dist) => {
    const vals = sim.slice(0, 64 - dist).map((row, i) => row[i + dist]);
    return `${dist}: ${(vals.reduce((a, b) => a + b, 0) / vals.length).toFixed(2)}`;
  });
  console.log(`  mean cosine similarity of learned positions by distance — ${byDistance.join(', ')}`);
}
