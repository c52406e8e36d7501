/**
 * `npx tsx scripts/train/requantise.ts [en|zh …]`: writes public/models/<locale>/model.json
 * and weights.bin again from the committed float32 checkpoint (data/checkpoints/<locale>.f32)
 * with today's quantisation (./export.ts), keeping the tokenizer, counts and training facts of
 * the model file. For a change of the weights format, which needs no retraining; the training
 * log is left as it is.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vocabularyOf } from '../../lib/model/bpe';
import { parameterCount } from '../../lib/model/layout';
import type { ModelFileJson } from '../../lib/model/types';
import { readCheckpoint, writeModelFiles } from './export';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

for (const locale of process.argv.length > 2 ? process.argv.slice(2) : ['en', 'zh']) {
  if (locale !== 'en' && locale !== 'zh') throw new Error(`unknown model ${locale} (use en or zh)`);
  const dir = join(root, 'public/models', locale);
  const json = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as ModelFileJson;
  const flat = readCheckpoint(join(root, 'data/checkpoints', `${locale}.f32`));
  const expected = parameterCount(json.config);
  if (flat.length !== expected) throw new Error(`data/checkpoints/${locale}.f32 holds ${flat.length} numbers, the model has ${expected} parameters`);
  const { jsonBytes, weightsBytes } = writeModelFiles({
    dir,
    locale,
    config: json.config,
    vocab: vocabularyOf(Array.from(json.chars), json.merges, json.byteFallback),
    merges: json.merges,
    counts: json.unigramCounts,
    flat,
    training: json.training ?? {},
  });
  console.log(`${locale}: model.json ${jsonBytes} B + weights.bin ${weightsBytes} B`);
}
