/**
 * `npm run model:attend -- --model en|zh --text FILE`: what a shipped tiny model
 * reads and predicts on each line of a text, as JSON lines for other tools.
 *
 * For every non-empty line, one line of JSON:
 *   {"tokens": [string], "attention": [layer][head][query][key],
 *    "next": [{"token", "p"}] (the 20 most likely next tokens after the whole line),
 *    "lens": [[{"token", "p"} × 5] per residual stream: the embedding, then after each block]}
 * `tokens` are the strings exactly as lib/model's encode() cut the line (a leading
 * space stays part of its token); the model files are read from public/models/<locale>/
 * like model:eval does. The lens is read at the last position, so its last list is
 * `next`'s first five. A line longer than the context keeps its last tokens (the
 * prediction is about what follows the line), and a warning goes to stderr.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forward } from '@/lib/model/forward';
import { logitLens, topTokens } from '@/lib/model/lens';
import { encode } from '@/lib/model/tokenizer';
import type { TinyModel } from '@/lib/model/types';
import { parseEvalArgs, readModel } from './eval';

const USAGE = 'usage: npm run model:attend -- --model en|zh --text FILE';

/** How many next-token candidates `next` lists, and how many each lens list holds. */
export const NEXT_COUNT = 20;
export const LENS_COUNT = 5;

export interface Candidate {
  token: string;
  p: number;
}

export interface AttendRecord {
  tokens: string[];
  attention: number[][][][];
  next: Candidate[];
  lens: Candidate[][];
}

/** The record of one line of text, and whether the line was cut to the context. */
export function attendLine(model: TinyModel, line: string): { record: AttendRecord; truncated: boolean } {
  const encoded = encode(model, line, { keep: 'end' });
  const trace = forward(model, encoded.ids);
  const last = encoded.ids.length - 1;
  const plain = ({ token, p }: Candidate) => ({ token, p });
  const record: AttendRecord = {
    tokens: encoded.tokens,
    attention: trace.layers.map((layer) => layer.attention),
    next: last < 0 ? [] : topTokens(model, trace.logits[last], NEXT_COUNT).map(plain),
    lens: last < 0 ? [] : logitLens(model, trace, LENS_COUNT).map((stream) => stream[last].map(plain)),
  };
  return { record, truncated: encoded.truncated };
}

/** The whole command: JSON lines for stdout, warnings for stderr. */
export function runAttend(argv: string[], modelsDir?: string): { lines: string[]; warnings: string[] } {
  let args: ReturnType<typeof parseEvalArgs>;
  try {
    args = parseEvalArgs(argv);
  } catch (e) {
    throw new Error(String(e instanceof Error ? e.message : e).replace(/usage: .*$/, USAGE));
  }
  const path = resolve(args.text);
  if (!existsSync(path)) throw new Error(`text file not found: ${path}`);
  const model = readModel(args.model, modelsDir);
  const lines: string[] = [];
  const warnings: string[] = [];
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const { record, truncated } = attendLine(model, line);
      if (truncated) warnings.push(`line ${i + 1}: longer than the context of ${model.config.contextLength} tokens; its last ${record.tokens.length} were read`);
      lines.push(JSON.stringify(record));
    });
  if (lines.length === 0) throw new Error(`text file has no non-empty line: ${path}`);
  return { lines, warnings };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // a reader that stops early (`| head`) is not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
  try {
    const { lines, warnings } = runAttend(process.argv.slice(2));
    for (const warning of warnings) console.error(`model:attend: ${warning}`);
    process.stdout.write(lines.join('\n') + '\n');
  } catch (e) {
    console.error(`model:attend: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
