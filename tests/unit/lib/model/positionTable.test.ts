/**
 * lib/model/positionTable: quantise → JSON → parse keeps every entry within half a step
 * of the original, every malformed field is refused with a message that names it, and the
 * committed tables (public/models/<locale>/learned-positions.json) hold the position
 * embeddings of the learned-position models they were taken from. Also loading a table
 * over fetch (progress, clear failures), and the export script's pieces that need no
 * files: its flags, and its refusal of a rotary model.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '@/lib/model/base64';
import { loadPositionTable } from '@/lib/model/loadPositionTable';
import { parsePositionTable, quantisePositionTable, POSITION_TABLE_FILE, type PositionTableFile } from '@/lib/model/positionTable';
import { createRng, gaussian } from '@/lib/model/rng';
import { parseArgs, positionTableOf, rowFigures } from '@/scripts/train/export-position-table';
import { randomModel, TINY, TINY_ROTARY } from './reference';

const ROWS = 12;
const COLS = 10;

/** A seeded table with rows of very different sizes, and one row of zeros. */
function randomTable() {
  const rng = createRng(42);
  const data = Float32Array.from({ length: ROWS * COLS }, (_, i) => (Math.floor(i / COLS) === 5 ? 0 : gaussian(rng) * 10 ** (Math.floor(i / COLS) % 4) * 0.01));
  return { rows: ROWS, cols: COLS, data, source: 'a seeded random table' };
}

/** The file as JSON text would give it back (what the widget parses). */
const roundTrip = (file: PositionTableFile): unknown => JSON.parse(JSON.stringify(file));

describe('quantisePositionTable and parsePositionTable', () => {
  it('give back every entry within half a quantisation step of its row', () => {
    const table = randomTable();
    const back = parsePositionTable(roundTrip(quantisePositionTable(table)));
    expect(back.rows).toBe(ROWS);
    expect(back.cols).toBe(COLS);
    expect(back.source).toBe('a seeded random table');
    for (let r = 0; r < ROWS; r++) {
      // the step worked out here in float64: the largest magnitude of the row over 127
      let max = 0;
      for (let c = 0; c < COLS; c++) max = Math.max(max, Math.abs(table.data[r * COLS + c]));
      const step = max / 127;
      for (let c = 0; c < COLS; c++) {
        const i = r * COLS + c;
        // half a step, plus the float32 rounding of the stored scale and of the product
        expect(Math.abs(back.data[i] - table.data[i])).toBeLessThanOrEqual(step / 2 + max * 2 ** -22);
      }
    }
    expect(Array.from(back.data.subarray(5 * COLS, 6 * COLS))).toEqual(new Array(COLS).fill(0));
  });

  it('stores a hand-worked row as int8 steps of max/127', () => {
    // 1, −0.3, 0.25 with step s = 1/127: 127 steps, −38.1 → −38, 31.75 → 32
    const file = quantisePositionTable({ rows: 1, cols: 3, data: Float32Array.of(1, -0.3, 0.25), source: 'hand' });
    expect(Array.from(Buffer.from(file.values, 'base64'), (b) => (b << 24) >> 24)).toEqual([127, -38, 32]);
    const s = Buffer.from(file.scales, 'base64').readFloatLE(0);
    expect(s).toBe(Math.fround(1 / 127));
    expect(Array.from(parsePositionTable(roundTrip(file)).data)).toEqual([127, -38, 32].map((q) => Math.fround(q * s)));
  });

  it('refuses a table whose size does not match its values, or that holds a non-finite number', () => {
    expect(() => quantisePositionTable({ rows: 2, cols: 3, data: new Float32Array(5), source: 'x' })).toThrow('a 2×3 table needs 6 values, got 5');
    expect(() => quantisePositionTable({ rows: 1, cols: 2, data: Float32Array.of(1, NaN), source: 'x' })).toThrow('row 0 holds NaN');
  });
});

describe('parsePositionTable refuses a damaged file, saying what is wrong', () => {
  const good = roundTrip(quantisePositionTable(randomTable())) as Record<string, unknown>;
  const floats = (...xs: number[]) => {
    const bytes = new Uint8Array(xs.length * 4);
    xs.forEach((x, i) => new DataView(bytes.buffer).setFloat32(i * 4, x, true));
    return bytesToBase64(bytes);
  };
  const cases: [string, unknown, string][] = [
    ['null', null, 'the file is not a JSON object'],
    ['an array', [], 'the file is not a JSON object'],
    ['another format', { ...good, format: 'tiny-gpt-int8' }, 'unknown format "tiny-gpt-int8", expected "learned-positions-int8"'],
    ['another version', { ...good, version: 2 }, 'unsupported version 2, expected 1'],
    ['no rows', { ...good, rows: 0 }, 'rows must be a positive integer, got 0'],
    ['fractional columns', { ...good, cols: 1.5 }, 'cols must be a positive integer, got 1.5'],
    ['rows as text', { ...good, rows: '12' }, 'rows must be a positive integer, got "12"'],
    ['no source', { ...good, source: ' ' }, 'source must say which model the table comes from'],
    ['scales that are not text', { ...good, scales: [1, 2] }, 'scales must be a base64 string'],
    ['scales that are not base64', { ...good, scales: '@@@@' }, 'scales is not valid base64'],
    ['too few scales', { ...good, scales: floats(1, 2) }, 'scales hold 8 bytes, 12 rows need 48 (one float32 each)'],
    ['values that are not base64', { ...good, values: 'ä' }, 'values is not valid base64'],
    ['too few values', { ...good, values: bytesToBase64(new Uint8Array(ROWS * COLS - 1)) }, 'values hold 119 bytes, a 12×10 table needs 120'],
    ['a negative scale', { ...good, scales: floats(...new Array(ROWS - 1).fill(0.01), -1) }, 'row 11 has scale -1, not a finite number ≥ 0'],
    ['an infinite scale', { ...good, scales: floats(Infinity, ...new Array(ROWS - 1).fill(0.01)) }, 'row 0 has scale Infinity'],
    ['a value of −128', { ...good, values: bytesToBase64(Uint8Array.from({ length: ROWS * COLS }, (_, i) => (i === 13 ? 128 : 1))) }, 'row 1, column 3 holds −128'],
  ];
  it.each(cases)('%s', (_, json, message) => {
    expect(() => parsePositionTable(json)).toThrow(`Bad position table: ${message}`);
  });
});

/**
 * The committed tables. Their rows 0, 1 and 127 were summed and measured from the
 * models committed with learned positions (public/models/<locale>/ at commit 8ccb6ad, en
 * trained 6,000 steps, zh 5,000): in Python with numpy, reading pos_emb's int8 values and
 * float32 row scales straight from weights.bin at the offsets model.json gives, products
 * in float32, sums in float64. `npx tsx scripts/train/export-position-table.ts` printed
 * the same figures from the site's own parser, and the files' int8 values and scales are
 * byte for byte those of the weights files. They stay here because those models are
 * being replaced by rotary ones, which have no table to compare with.
 */
const COMMITTED: Record<'en' | 'zh', { row: number; sum: number; norm: number }[]> = {
  en: [
    { row: 0, sum: 0.2101162695325911, norm: 1.6207729028732738 },
    { row: 1, sum: 0.1278464978095144, norm: 1.037416423146234 },
    { row: 127, sum: -0.1488269551191479, norm: 0.9417494378514304 },
  ],
  zh: [
    { row: 0, sum: 0.015654034446924925, norm: 1.7632823080484117 },
    { row: 1, sum: 0.09119809372350574, norm: 1.125251332424639 },
    { row: 127, sum: 0.1884468668140471, norm: 0.8583536242405319 },
  ],
};

describe.each(['en', 'zh'] as const)('the committed %s table', (locale) => {
  const table = parsePositionTable(JSON.parse(readFileSync(join(process.cwd(), 'public/models', locale, POSITION_TABLE_FILE), 'utf8')));

  it('is 128 positions × 64 dimensions and names its model', () => {
    expect([table.rows, table.cols]).toEqual([128, 64]);
    expect(table.source).toMatch(/learned positions, trained for \d+ steps/);
  });

  it.each(COMMITTED[locale])('row $row has the sum and length measured from the learned-position model', ({ row, sum, norm }) => {
    const figures = rowFigures(table.data, table.cols, row);
    expect(figures.sum).toBeCloseTo(sum, 12);
    expect(figures.norm).toBeCloseTo(norm, 12);
  });
});

describe('export-position-table', () => {
  it('exports both languages by default, one with --locale, and needs --locale with --model', () => {
    expect(parseArgs([])).toEqual({ locales: ['en', 'zh'] });
    expect(parseArgs(['--locale', 'zh', '--model', '/tmp/m'])).toEqual({ locales: ['zh'], model: '/tmp/m' });
    expect(() => parseArgs(['--model', '/tmp/m'])).toThrow('--model needs --locale');
    expect(() => parseArgs(['--locale', 'fr'])).toThrow('--locale must be en or zh, got fr');
    expect(() => parseArgs(['--locale'])).toThrow('--locale needs a value');
  });

  it('takes the table of a learned-position model and refuses a rotary one', () => {
    const model = randomModel(TINY);
    const table = positionTableOf(model, { steps: 7, weightsHash: 'abc' });
    expect([table.rows, table.cols]).toEqual([TINY.contextLength, TINY.dModel]);
    expect(table.data).toEqual(model.weights.positionEmbedding!.data);
    expect(table.source).toBe('2-layer tiny GPT of the site (d_model 12, 3 heads), learned positions, trained for 7 steps; test model, weights sha256 abc');
    expect(() => positionTableOf(randomModel(TINY_ROTARY), { steps: 7, weightsHash: 'abc' })).toThrow('this model uses rotary positions and has no position-embedding table to export');
  });
});

describe('loadPositionTable', () => {
  const text = JSON.stringify(quantisePositionTable(randomTable()));
  /** A response streamed in chunks of 1,000 bytes, with the given headers. */
  const respond = (body: string, headers: Record<string, string>, status = 200) => {
    const bytes = new TextEncoder().encode(body);
    let at = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(at, at + 1000));
        at += 1000;
      },
    });
    return (async () => new Response(stream, { status, headers })) as unknown as typeof fetch;
  };

  it('reports the fraction received when the length is known, and parses the table', async () => {
    const fractions: number[] = [];
    const length = new TextEncoder().encode(text).length;
    const table = await loadPositionTable('/t.json', { fetch: respond(text, { 'content-length': String(length) }), onProgress: (f) => fractions.push(f) });
    expect([table.rows, table.cols]).toEqual([ROWS, COLS]);
    expect(fractions).toEqual(Array.from({ length: Math.ceil(length / 1000) }, (_, i) => Math.min(1, ((i + 1) * 1000) / length)));
  });

  it('reports no fraction for a compressed response, whose length counts other bytes', async () => {
    const fractions: number[] = [];
    await loadPositionTable('/t.json', { fetch: respond(text, { 'content-length': '100', 'content-encoding': 'gzip' }), onProgress: (f) => fractions.push(f) });
    expect(fractions).toEqual([]);
  });

  it('names the URL and the problem when it fails', async () => {
    await expect(loadPositionTable('/t.json', { fetch: respond('gone', {}, 404) })).rejects.toThrow('Could not load /t.json: HTTP 404');
    await expect(loadPositionTable('/t.json', { fetch: respond('{oops', {}) })).rejects.toThrow('Could not load /t.json: not valid JSON');
    await expect(loadPositionTable('/t.json', { fetch: respond('{"format":"x"}', {}) })).rejects.toThrow('Bad position table: unknown format "x"');
  });
});
