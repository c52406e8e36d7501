/**
 * A learned position-embedding table on its own, as a small JSON file
 * (public/models/<locale>/learned-positions.json), so the positional-encoding explorer
 * can show one without downloading a whole model, and whatever positions the site's
 * models use.
 *
 * The numbers are quantised as the weights file's are (./quantise.ts): each row r as
 * int8 values q with one float32 scale s_r = max|row|/127, value ≈ q·s_r, rounded to the
 * nearest step, so every entry is within s_r/2 of the original. In the
 * JSON, `scales` is base64 of the rows' float32 scales (little-endian) and `values`
 * base64 of the int8 values, row after row. Both directions live here so that the
 * format has one definition: the export script quantises with
 * {@link quantisePositionTable}, the widget reads with {@link parsePositionTable}.
 */
import { base64ToBytes, bytesToBase64 } from './base64';
import { quantiseRows } from './quantise';

export const POSITION_TABLE_FORMAT = 'learned-positions-int8';
export const POSITION_TABLE_VERSION = 1;
/** The file's name in a model's folder (public/models/<locale>/). */
export const POSITION_TABLE_FILE = 'learned-positions.json';

/** A table of position vectors: row p is the vector added at position p. */
export interface PositionTable {
  rows: number;
  cols: number;
  /** rows × cols values, row after row. */
  data: Float32Array;
  /** Which model the table was taken from, in words (for maintainers; not shown to readers). */
  source: string;
}

/** The file as JSON. */
export interface PositionTableFile {
  format: typeof POSITION_TABLE_FORMAT;
  version: typeof POSITION_TABLE_VERSION;
  source: string;
  rows: number;
  cols: number;
  scales: string;
  values: string;
}

/** Quantises a table to int8 with one float32 scale per row, and encodes it as the file's JSON. */
export function quantisePositionTable(table: PositionTable): PositionTableFile {
  const { rows, cols, data } = table;
  if (data.length !== rows * cols) throw new Error(`a ${rows}×${cols} table needs ${rows * cols} values, got ${data.length}`);
  const scaleBytes = new Uint8Array(rows * 4);
  const scales = new DataView(scaleBytes.buffer);
  const values = new Int8Array(rows * cols);
  quantiseRows(data, rows, cols, scales, 0, values, 0);
  return {
    format: POSITION_TABLE_FORMAT,
    version: POSITION_TABLE_VERSION,
    source: table.source,
    rows,
    cols,
    scales: bytesToBase64(scaleBytes),
    values: bytesToBase64(new Uint8Array(values.buffer)),
  };
}

function fail(message: string): never {
  throw new Error(`Bad position table: ${message}`);
}

function decode(field: string, text: unknown): Uint8Array {
  if (typeof text !== 'string') fail(`${field} must be a base64 string`);
  try {
    return base64ToBytes(text);
  } catch {
    fail(`${field} is not valid base64`);
  }
}

/** Checks every field of the file's JSON and dequantises it (value = int8 × the row's scale, as float32). */
export function parsePositionTable(json: unknown): PositionTable {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail('the file is not a JSON object');
  const file = json as Partial<Record<keyof PositionTableFile, unknown>>;
  if (file.format !== POSITION_TABLE_FORMAT) fail(`unknown format ${JSON.stringify(file.format)}, expected "${POSITION_TABLE_FORMAT}"`);
  if (file.version !== POSITION_TABLE_VERSION) fail(`unsupported version ${JSON.stringify(file.version)}, expected ${POSITION_TABLE_VERSION}`);
  for (const key of ['rows', 'cols'] as const) {
    const v = file[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) fail(`${key} must be a positive integer, got ${JSON.stringify(v)}`);
  }
  const rows = file.rows as number;
  const cols = file.cols as number;
  if (typeof file.source !== 'string' || file.source.trim() === '') fail('source must say which model the table comes from');
  const scaleBytes = decode('scales', file.scales);
  if (scaleBytes.length !== rows * 4) fail(`scales hold ${scaleBytes.length} bytes, ${rows} rows need ${rows * 4} (one float32 each)`);
  const valueBytes = decode('values', file.values);
  if (valueBytes.length !== rows * cols) fail(`values hold ${valueBytes.length} bytes, a ${rows}×${cols} table needs ${rows * cols}`);
  const scales = new DataView(scaleBytes.buffer, scaleBytes.byteOffset, scaleBytes.byteLength);
  const values = new Int8Array(valueBytes.buffer, valueBytes.byteOffset, valueBytes.byteLength);
  const data = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const scale = scales.getFloat32(r * 4, true);
    if (!Number.isFinite(scale) || scale < 0) fail(`row ${r} has scale ${scale}, not a finite number ≥ 0`);
    for (let c = 0; c < cols; c++) {
      const q = values[r * cols + c];
      if (q === -128) fail(`row ${r}, column ${c} holds −128, outside the quantiser's range −127…127`);
      data[r * cols + c] = q * scale;
    }
  }
  return { rows, cols, data, source: file.source };
}
