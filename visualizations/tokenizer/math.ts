/**
 * The tokenizer playground's pure computations: how a byte-level token lines
 * up with the characters of the text (whole characters, or a fragment of one
 * character's UTF-8 bytes, shown honestly as hex), the tiny model's character
 * tokens, counts and characters per token, and the 2-D PCA of an embedding
 * table with nearest neighbours and the scatter's geometry.
 *
 * Why this file exists: the views only draw; every chip, byte and point comes
 * from here, so tests can check them without a browser or the large tables.
 * No DOM, no React.
 */
import { scaleLinear } from 'd3';
import { cosineSimilarity } from '@/lib/math';
import { charToId } from '@/lib/model/tokenizer';
import type { Tensor, TinyModel } from '@/lib/model/types';

const encoder = new TextEncoder();

/** A piece of a token: whole characters, or some bytes of one character. */
export type Piece =
  | { kind: 'text'; text: string }
  | {
      kind: 'bytes';
      /** The bytes of the character that fall in this token. */
      bytes: number[];
      /** The character they belong to. */
      char: string;
      /** All of that character's UTF-8 bytes. */
      charBytes: number[];
      /** Index of the first byte in this token within the character's bytes. */
      offset: number;
    };

/** One token as the playground shows it. */
export interface TokenView {
  id: number;
  pieces: Piece[];
  /** True when some piece is a fragment of a character. */
  fragment: boolean;
  /** True for the tiny model's unknown token. */
  unknown?: boolean;
}

/** The text's characters (code points) with their UTF-8 byte ranges. */
export function charByteRanges(text: string): { char: string; start: number; end: number }[] {
  const out: { char: string; start: number; end: number }[] = [];
  let at = 0;
  for (const char of text) {
    const length = encoder.encode(char).length;
    out.push({ char, start: at, end: at + length });
    at += length;
  }
  return out;
}

/**
 * Lines byte-level tokens up with the text. `tokenBytes[i]` are token i's
 * bytes; together they must spell the text's UTF-8 bytes exactly (as any
 * byte-level BPE does). A character wholly inside a token is text; a
 * character cut by a token boundary contributes a bytes piece to each token
 * holding part of it.
 */
export function alignTokens(text: string, ids: readonly number[], tokenBytes: readonly Uint8Array[]): TokenView[] {
  const chars = charByteRanges(text);
  const total = chars.length ? chars[chars.length - 1].end : 0;
  const sum = tokenBytes.reduce((s, b) => s + b.length, 0);
  if (sum !== total) throw new Error(`token bytes (${sum}) do not spell the text (${total} bytes)`);
  const textBytes = encoder.encode(text);
  const views: TokenView[] = [];
  let start = 0;
  let c = 0;
  tokenBytes.forEach((bytes, i) => {
    const end = start + bytes.length;
    const pieces: Piece[] = [];
    while (c < chars.length && chars[c].start < end) {
      const ch = chars[c];
      if (ch.start >= start && ch.end <= end) {
        const last = pieces[pieces.length - 1];
        if (last?.kind === 'text') last.text += ch.char;
        else pieces.push({ kind: 'text', text: ch.char });
      } else {
        const from = Math.max(ch.start, start);
        const to = Math.min(ch.end, end);
        pieces.push({
          kind: 'bytes',
          bytes: Array.from(textBytes.subarray(from, to)),
          char: ch.char,
          charBytes: Array.from(textBytes.subarray(ch.start, ch.end)),
          offset: from - ch.start,
        });
      }
      if (ch.end <= end) c++;
      else break;
    }
    views.push({ id: ids[i], pieces, fragment: pieces.some((p) => p.kind === 'bytes') });
    start = end;
  });
  return views;
}

/** Bytes as upper-case hex pairs: "E4 B9". */
export function hex(bytes: readonly number[]): string {
  return bytes.map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}

/** Characters cut across tokens, each once, with all its bytes and the number of tokens it spans (for the note under the chips). */
export function splitCharacters(views: readonly TokenView[]): { char: string; bytes: number[]; tokens: number }[] {
  const out = new Map<string, { char: string; bytes: number[]; tokens: number }>();
  let current: { char: string; bytes: number[]; tokens: number } | null = null;
  let covered = 0;
  for (const v of views) {
    for (const p of v.pieces) {
      if (p.kind !== 'bytes') continue;
      if (p.offset === 0) {
        current = { char: p.char, bytes: p.charBytes, tokens: 0 };
        covered = 0;
      }
      if (!current) continue;
      current.tokens += 1;
      covered += p.bytes.length;
      if (covered >= current.bytes.length) {
        if (!out.has(current.char)) out.set(current.char, current);
        current = null;
      }
    }
  }
  return [...out.values()];
}

/**
 * The tiny model's tokens for the whole text: one per character, by
 * lib/model's charToId rules (the same as encode(), without its cut at the
 * context length, since the playground counts the whole text).
 */
export function tinyTokens(model: TinyModel, text: string): TokenView[] {
  return Array.from(text.normalize('NFC')).map((char) => {
    const id = charToId(model, char);
    return { id, pieces: [{ kind: 'text', text: char }], fragment: false, unknown: id === model.unkId };
  });
}

/** Characters (code points) per token, or 0 for no tokens. */
export function charsPerToken(text: string, tokens: number): number {
  return tokens ? Array.from(text).length / tokens : 0;
}

/** Result of a two-component principal component analysis. */
export interface Pca2 {
  /** Projection of every row on the two components: [row][2]. */
  points: [number, number][];
  /** The two unit-length component directions. */
  components: [number[], number[]];
  /** Variance along each component. */
  variances: [number, number];
  /** Total variance of the data (sum over all dimensions). */
  totalVariance: number;
}

/**
 * PCA of the rows of an n × d matrix (rows: points, columns: features): centre
 * the columns, form the d × d covariance, and find its two largest eigenpairs
 * by power iteration with deflation (until the direction stops changing, or
 * `maxIterations`). Deterministic: the iteration starts from a fixed vector. The sign of each component is fixed so that its largest
 * entry is positive.
 */
export function pca2(rows: readonly (readonly number[])[], maxIterations = 500): Pca2 {
  const n = rows.length;
  const d = n ? rows[0].length : 0;
  const mean = new Float64Array(d);
  for (const r of rows) for (let j = 0; j < d; j++) mean[j] += r[j] / n;
  const centred = rows.map((r) => Float64Array.from(r, (v, j) => v - mean[j]));
  const cov = new Float64Array(d * d);
  for (const r of centred) {
    for (let a = 0; a < d; a++) {
      const ra = r[a];
      if (ra === 0) continue;
      const base = a * d;
      for (let b = 0; b < d; b++) cov[base + b] += ra * r[b];
    }
  }
  const denom = Math.max(1, n - 1);
  let totalVariance = 0;
  for (let k = 0; k < d * d; k++) cov[k] /= denom;
  for (let a = 0; a < d; a++) totalVariance += cov[a * d + a];

  const components: number[][] = [];
  const variances: number[] = [];
  const w = new Float64Array(d);
  for (let k = 0; k < 2; k++) {
    let v = Float64Array.from({ length: d }, (_, i) => 1 + i / Math.max(1, d));
    let lambda = 0;
    for (let it = 0; it < maxIterations; it++) {
      let length = 0;
      for (let a = 0; a < d; a++) {
        let sum = 0;
        const base = a * d;
        for (let b = 0; b < d; b++) sum += cov[base + b] * v[b];
        w[a] = sum;
        length += sum * sum;
      }
      length = Math.sqrt(length);
      if (length === 0) break;
      let change = 0;
      for (let a = 0; a < d; a++) {
        const next = w[a] / length;
        change += (next - v[a]) ** 2;
        v[a] = next;
      }
      lambda = length;
      if (change < 1e-24) break;
    }
    let biggest = 0;
    for (const x of v) if (Math.abs(x) > Math.abs(biggest)) biggest = x;
    if (biggest < 0) v = v.map((x) => -x);
    components.push(Array.from(v));
    variances.push(lambda);
    for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) cov[a * d + b] -= lambda * v[a] * v[b];
  }
  const project = (r: Float64Array, c: number[]) => {
    let sum = 0;
    for (let j = 0; j < d; j++) sum += r[j] * c[j];
    return sum;
  };
  const points = centred.map((r) => [project(r, components[0]), project(r, components[1])] as [number, number]);
  return { points, components: components as [number[], number[]], variances: variances as [number, number], totalVariance };
}

/** Rows of a tensor as arrays. */
export function tensorRows(t: Tensor, ids?: readonly number[]): number[][] {
  return (ids ?? Array.from({ length: t.rows }, (_, i) => i)).map((i) => Array.from(t.data.subarray(i * t.cols, (i + 1) * t.cols)));
}

/** The k rows most similar (cosine) to row `of`, most similar first, never `of` itself. */
export function nearestRows(rows: readonly (readonly number[])[], of: number, k: number, exclude: ReadonlySet<number> = new Set()): { index: number; similarity: number }[] {
  return rows
    .map((r, index) => ({ index, similarity: index === of || exclude.has(index) ? -Infinity : cosineSimilarity(rows[of] as number[], r as number[]) }))
    .filter((x) => Number.isFinite(x.similarity))
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, k);
}

/** Pixel positions of PCA points inside a width × height box with a margin. */
export function scatterPositions(points: readonly [number, number][], width: number, height: number, margin = 18): [number, number][] {
  if (!points.length) return [];
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const pad = (lo: number, hi: number) => (hi - lo === 0 ? [lo - 1, hi + 1] : [lo, hi]);
  const x = scaleLinear().domain(pad(Math.min(...xs), Math.max(...xs))).range([margin, width - margin]);
  const y = scaleLinear().domain(pad(Math.min(...ys), Math.max(...ys))).range([height - margin, margin]);
  return points.map(([a, b]) => [x(a), y(b)]);
}

/**
 * For keyboard travel through a scatter: the nearest point from `from` whose
 * direction lies within 45° of the arrow's direction, or `from` if none.
 * Screen y grows downwards.
 */
export function stepInDirection(positions: readonly [number, number][], from: number, direction: 'left' | 'right' | 'up' | 'down'): number {
  const [fx, fy] = positions[from];
  const [ux, uy] = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] }[direction];
  let best = from;
  let bestDistance = Infinity;
  positions.forEach(([x, y], i) => {
    if (i === from) return;
    const dx = x - fx;
    const dy = y - fy;
    const along = dx * ux + dy * uy;
    const across = Math.abs(dx * uy - dy * ux);
    if (along <= 0 || across > along) return;
    const distance = Math.hypot(dx, dy);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  });
  return best;
}

/** One row of the language comparison chart: a tokenizer with its English and Chinese counts. */
export interface CompareRow {
  label: string;
  en: number | null;
  zh: number | null;
}

export interface CompareGeometry {
  rows: { label: string; y: number; bars: { lang: 'en' | 'zh'; count: number | null; y: number; width: number }[] }[];
  plotLeft: number;
  plotWidth: number;
  barHeight: number;
  height: number;
}

/** Horizontal grouped bars: per tokenizer, an English and a Chinese bar on one linear scale from 0. */
export function compareGeometry(rows: readonly CompareRow[], width: number, labelWidth: number): CompareGeometry {
  const barHeight = 18;
  const groupGap = 16;
  const top = 6;
  const valueRoom = 48;
  const plotWidth = Math.max(40, width - labelWidth - valueRoom);
  const max = Math.max(1, ...rows.flatMap((r) => [r.en ?? 0, r.zh ?? 0]));
  const x = scaleLinear().domain([0, max]).range([0, plotWidth]);
  const groupHeight = 2 * barHeight + 4;
  return {
    rows: rows.map((r, i) => {
      const y = top + i * (groupHeight + groupGap);
      return {
        label: r.label,
        y,
        bars: (['en', 'zh'] as const).map((lang, k) => ({ lang, count: r[lang], y: y + k * (barHeight + 4), width: r[lang] === null ? 0 : Math.max(1, x(r[lang] as number)) })),
      };
    }),
    plotLeft: labelWidth,
    plotWidth,
    barHeight,
    height: top + rows.length * (groupHeight + groupGap),
  };
}
