/**
 * `npm run model:eval -- --model en|zh --text FILE`: average loss of a shipped
 * tiny model on a text, next to a unigram baseline.
 *
 * A quick, honest check that a committed model has learned something beyond
 * letter frequencies. The model files are read from
 * public/models/<locale>/ (the quantised weights the site ships). The text is
 * encoded like the site does (lib/model/tokenizer), cut into windows of
 * contextLength+1 tokens that overlap by one, and every token after the first
 * is predicted once from the tokens before it in its window. The unigram
 * baseline predicts each of those same tokens with the add-one smoothed
 * frequency of the training corpus over the same vocabulary:
 * p(t) = (count(t) + 1) / (N + V). Both losses are in nats per predicted token.
 * `unknown` counts the characters of the text that do not come back when the
 * tokens are decoded (byte fallback makes it 0 for any text; a number above 0
 * means the tokenizer lost something). The last line printed is JSON:
 * {"loss": …, "unigram": …, "tokens": …, "chars": …, "unknown": …}.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sequenceLoss } from '@/lib/model/forward';
import { parseModel } from '@/lib/model/parse';
import { bpeEncode } from '@/lib/model/bpe';
import { decode } from '@/lib/model/tokenizer';
import type { TinyModel } from '@/lib/model/types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface EvalResult {
  loss: number;
  unigram: number;
  /** Tokens predicted (all but the first). */
  tokens: number;
  /** Characters (code points) of the text. */
  chars: number;
  /** Characters lost between the text and the decoded tokens. */
  unknown: number;
}

/** Reads public/models/<locale>/ (or modelsDir/<locale>/) with Node's fs. */
export function readModel(locale: string, modelsDir = join(root, 'public/models')): TinyModel {
  return readModelDir(join(modelsDir, locale));
}

/** Reads the model in folder `dir` (model.json and the weights file it names). */
export function readModelDir(dir: string): TinyModel {
  const jsonPath = join(dir, 'model.json');
  if (!existsSync(jsonPath)) throw new Error(`no model at ${jsonPath} (run npm run train:model)`);
  const json = JSON.parse(readFileSync(jsonPath, 'utf8')) as { weightsFile: string };
  const bin = readFileSync(join(dir, json.weightsFile));
  return parseModel(json, bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength));
}

/** Loss (nats/token) of the model and of the unigram baseline on `text`. */
export function evaluateText(model: TinyModel, text: string): EvalResult {
  const ids = encodeAll(model, text);
  const T = model.config.contextLength;
  let total = 0;
  let count = 0;
  for (let start = 0; start + 1 < ids.length; start += T) {
    const { loss, count: n } = sequenceLoss(model, ids.slice(start, start + T + 1));
    total += loss * n;
    count += n;
  }
  const counts = model.unigramCounts;
  if (counts.length !== model.config.vocabSize) throw new Error('the model file has no unigram counts');
  const denom = counts.reduce((s, c) => s + c, 0) + counts.length;
  let uni = 0;
  for (let i = 1; i < ids.length; i++) uni -= Math.log((counts[ids[i]] + 1) / denom);
  return { loss: count ? total / count : NaN, unigram: count ? uni / count : NaN, tokens: count, chars: Array.from(text).length, unknown: lostCharacters(text, decode(model, ids)) };
}

/** Encodes text of any length (encode() alone stops at the context). */
function encodeAll(model: TinyModel, text: string): number[] {
  return bpeEncode(model.bpe, text);
}

/** Characters of `text` (NFC) missing from or changed in `decoded`, position by position. */
export function lostCharacters(text: string, decoded: string): number {
  const a = Array.from(text.normalize('NFC'));
  const b = Array.from(decoded);
  let lost = Math.max(0, a.length - b.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) lost++;
  return lost;
}

/** Parses `--model en|zh --text FILE`; throws an Error with a usage hint on anything else. */
export function parseEvalArgs(argv: string[]): { model: 'en' | 'zh'; text: string } {
  const usage = 'usage: npm run model:eval -- --model en|zh --text FILE';
  let model: string | undefined;
  let text: string | undefined;
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value. ${usage}`);
    if (flag === '--model') model = value;
    else if (flag === '--text') text = value;
    else throw new Error(`unknown flag ${flag}. ${usage}`);
  }
  if (model !== 'en' && model !== 'zh') throw new Error(`--model must be en or zh${model ? `, got ${model}` : ''}. ${usage}`);
  if (!text) throw new Error(`--text FILE is required. ${usage}`);
  return { model, text };
}

/** The whole command: returns the lines to print. */
export function runEval(argv: string[], modelsDir?: string): { lines: string[]; result: EvalResult } {
  const args = parseEvalArgs(argv);
  const path = resolve(args.text);
  if (!existsSync(path)) throw new Error(`text file not found: ${path}`);
  const text = readFileSync(path, 'utf8').replace(/\s+$/, '');
  if (text.length === 0) throw new Error(`text file is empty: ${path}`);
  const model = readModel(args.model, modelsDir);
  const result = evaluateText(model, text);
  const round = (x: number) => Math.round(x * 10000) / 10000;
  const lines = [
    `model ${args.model}: ${result.tokens} tokens predicted from ${path}`,
    `model loss:   ${result.loss.toFixed(4)} nats/token`,
    `unigram loss: ${result.unigram.toFixed(4)} nats/token (add-one smoothed training-corpus frequencies)`,
    `characters: ${result.chars}, lost by the tokenizer: ${result.unknown}`,
    JSON.stringify({ loss: round(result.loss), unigram: round(result.unigram), tokens: result.tokens, chars: result.chars, unknown: result.unknown }),
  ];
  return { lines, result };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(runEval(process.argv.slice(2)).lines.join('\n'));
  } catch (e) {
    console.error(`model:eval: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
