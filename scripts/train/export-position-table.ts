/**
 * `npx tsx scripts/train/export-position-table.ts [--locale en|zh] [--model DIR]`: takes
 * the learned position-embedding table (pos_emb) out of a trained model and writes it on
 * its own to public/models/<locale>/learned-positions.json (lib/model/positionTable.ts),
 * for the positional-encoding explorer's "learned" view.
 *
 * The model is read from DIR (default public/models/<locale>) with the site's own parser,
 * so the table is the one the site would run: the weights file's 8-bit rows dequantised to
 * float32. Quantising those rows again with max|row|/127 gives back the same steps, so
 * the file decodes to the model's table within float32 rounding; the script checks that,
 * and that every entry is within half a step of the model's, before writing. A model
 * with rotary positions has no table and is refused: keep the file of an earlier model,
 * or pass --model the folder of one with learned positions. Without --locale, both
 * languages are exported.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales, type Locale } from '../../lib/i18n/locales';
import { base64ToBytes } from '../../lib/model/base64';
import { positionScheme } from '../../lib/model/layout';
import { parsePositionTable, quantisePositionTable, POSITION_TABLE_FILE, type PositionTable } from '../../lib/model/positionTable';
import type { TinyModel } from '../../lib/model/types';
import { readModelDir } from '../model/eval';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = 'usage: npx tsx scripts/train/export-position-table.ts [--locale en|zh] [--model DIR]';

export interface ExportArgs {
  locales: Locale[];
  /** The model's folder; only with a single locale. */
  model?: string;
}

export function parseArgs(argv: string[]): ExportArgs {
  let locale: string | undefined;
  let model: string | undefined;
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value. ${USAGE}`);
    if (flag === '--locale') locale = value;
    else if (flag === '--model') model = value;
    else throw new Error(`unknown flag ${flag}. ${USAGE}`);
  }
  if (locale !== undefined && !(locales as readonly string[]).includes(locale)) throw new Error(`--locale must be ${locales.join(' or ')}, got ${locale}. ${USAGE}`);
  if (model && !locale) throw new Error(`--model needs --locale: the table is written to public/models/<locale>/. ${USAGE}`);
  return { locales: locale ? [locale as Locale] : [...locales], model };
}

/** The model's position table, with a `source` naming the model; throws for a model without one. */
export function positionTableOf(model: TinyModel, describe: { steps: number; weightsHash: string }): PositionTable {
  const table = model.weights.positionEmbedding;
  if (positionScheme(model.config) !== 'learned' || !table) {
    throw new Error(`this model uses ${positionScheme(model.config)} positions and has no position-embedding table to export`);
  }
  const { nLayers, dModel, nHeads } = model.config;
  const source = `${nLayers}-layer tiny GPT of the site (d_model ${dModel}, ${nHeads} heads), learned positions, trained for ${describe.steps} steps; ${model.locale} model, weights sha256 ${describe.weightsHash}`;
  return { rows: table.rows, cols: table.cols, data: Float32Array.from(table.data), source };
}

function trainingSteps(dir: string): number {
  const path = join(dir, 'training-log.json');
  if (!existsSync(path)) throw new Error(`no training log at ${path}: the source line names the number of training steps`);
  const steps = (JSON.parse(readFileSync(path, 'utf8')) as { steps?: unknown }).steps;
  if (typeof steps !== 'number' || !Number.isInteger(steps) || steps < 0) throw new Error(`${path} has no whole number of steps`);
  return steps;
}

/** Sum and Euclidean length of a row, in float64. */
export function rowFigures(data: Float32Array, cols: number, row: number): { sum: number; norm: number } {
  const values = data.subarray(row * cols, (row + 1) * cols);
  return { sum: values.reduce((s, x) => s + x, 0), norm: Math.hypot(...values) };
}

function exportLocale(locale: Locale, modelDir: string): string[] {
  const model = readModelDir(modelDir);
  const weightsFile = (JSON.parse(readFileSync(join(modelDir, 'model.json'), 'utf8')) as { weightsFile: string }).weightsFile;
  const weightsHash = createHash('sha256')
    .update(readFileSync(join(modelDir, weightsFile)))
    .digest('hex')
    .slice(0, 12);
  const table = positionTableOf(model, { steps: trainingSteps(modelDir), weightsHash });
  const file = quantisePositionTable(table);
  const decoded = parsePositionTable(JSON.parse(JSON.stringify(file)));
  // every decoded entry against the model's: within float32 rounding when the steps came back, never more than half a step
  let worst = 0;
  let worstSteps = 0;
  const scales = new DataView(base64ToBytes(file.scales).buffer);
  for (let i = 0; i < table.data.length; i++) {
    const error = Math.abs(decoded.data[i] - table.data[i]);
    worst = Math.max(worst, error);
    const scale = scales.getFloat32(Math.floor(i / table.cols) * 4, true);
    if (scale > 0) worstSteps = Math.max(worstSteps, error / scale);
  }
  if (worstSteps > 0.5 + 1e-6) throw new Error(`${locale}: an entry moved ${worstSteps.toFixed(3)} steps from the model's value (at most 0.5 expected)`);
  const out = join(root, 'public/models', locale, POSITION_TABLE_FILE);
  const text = `${JSON.stringify(file)}\n`;
  writeFileSync(out, text);
  const figures = [0, 1, table.rows - 1].map((r) => {
    const f = rowFigures(decoded.data, table.cols, r);
    return `row ${r}: sum ${f.sum}, norm ${f.norm}`;
  });
  return [
    `${locale}: ${relative(root, out)}, ${table.rows} × ${table.cols}, ${Buffer.byteLength(text)} bytes`,
    `  source: ${table.source}`,
    `  largest difference from the model's table: ${worst.toExponential(3)} (${worstSteps.toFixed(6)} of a step)`,
    ...figures.map((line) => `  ${line}`),
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const args = parseArgs(process.argv.slice(2));
    for (const locale of args.locales) console.log(exportLocale(locale, resolve(args.model ?? join(root, 'public/models', locale))).join('\n'));
  } catch (e) {
    console.error(`export-position-table: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
