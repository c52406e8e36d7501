/**
 * `npx tsx scripts/train/report-heads.ts`: what the shipped models' heads do and how
 * the models answer the probes, on text they never trained on. The figures quoted in
 * data/README.md and on the site come from here.
 *
 * - every head's pattern scores (lib/model/headPatterns) averaged over the sentences
 *   of the hand-written natural text in data/heldout/, and over the same sentences
 *   repeated twice (where an induction head shows);
 * - previous-token and induction probes of ./probes.ts on that natural text;
 * - name copying (indirect objects, both languages) and agreement across a
 *   prepositional phrase (English) on the probe frames of ./corpus/structures.ts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bpeEncode } from '../../lib/model/bpe';
import { forward } from '../../lib/model/forward';
import { classifyHeadsOver } from '../../lib/model/headPatterns';
import { createRng } from '../../lib/model/rng';
import { readModel } from '../model/eval';
import { chineseNameProbes, englishAgreementProbes, englishNameProbes } from './corpus/structures';
import { bestHead, choiceAccuracy, scoreProbes } from './probes';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Sentences of a natural text (split after . ! ? 。！？). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?。！？])\s*/u)
    .map((s) => s.trim())
    .filter((s) => s.length >= 8);
}

for (const locale of ['en', 'zh'] as const) {
  const model = readModel(locale);
  const natural = readFileSync(join(root, 'data/heldout', `${locale}.txt`), 'utf8');
  const sentences = sentencesOf(natural);
  const ids = sentences.map((s) => bpeEncode(model.bpe, s).slice(0, 60));
  const r = createRng(77);
  const scores = scoreProbes(model, {
    sentences: ids,
    repeats: ids.filter((x) => x.length >= 8).map((x) => ({ ids: [...x.slice(0, 24), ...x.slice(0, 24)], span: Math.min(24, x.length) })),
    names: locale === 'en' ? englishNameProbes(r, 200) : chineseNameProbes(r, 200),
    agreement: locale === 'en' ? englishAgreementProbes(r, 200) : [],
  });
  const prev = bestHead(scores.previousToken);
  const ind = bestHead(scores.induction);
  console.log(`\n${locale}: ${sentences.length} natural held-out sentences, ${model.config.nLayers} layers × ${model.config.nHeads} heads`);
  console.log(`  previous-token probe: best layer ${prev.layer + 1} head ${prev.head + 1}, mean weight ${prev.score.toFixed(3)}`);
  console.log(`  induction probe (sentence repeated): best layer ${ind.layer + 1} head ${ind.head + 1}, mean weight ${ind.score.toFixed(3)}`);
  console.log(`  names (indirect object, 200 probe prompts): right name preferred in ${(scores.names * 100).toFixed(1)}%`);
  if (locale === 'en') console.log(`  agreement (200 probe prompts): agreeing verb preferred in ${(scores.agreement! * 100).toFixed(1)}%`);
  if (locale === 'en') console.log(`  agreement, second draw: ${(choiceAccuracy(model, englishAgreementProbes(createRng(78), 200)) * 100).toFixed(1)}%`);

  const single = ids.map((x) => forward(model, x));
  const doubled = ids.filter((x) => x.length >= 8).map((x) => forward(model, [...x.slice(0, 30), ...x.slice(0, 30)]));
  const plain = classifyHeadsOver(single);
  const repeated = classifyHeadsOver(doubled);
  console.log('  head scores (natural sentences | each sentence twice):');
  plain.forEach((h, i) => {
    const s = Object.entries(h.scores)
      .map(([k, v]) => `${k} ${v.toFixed(2)}`)
      .join(', ');
    console.log(`    L${h.layer + 1} H${h.head + 1}: ${h.label.padEnd(15)} ${s} | induction ${repeated[i].scores.induction.toFixed(2)} → ${repeated[i].label}`);
  });
}
