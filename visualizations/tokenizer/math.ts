/**
 * The tokenizer playground's pure computations on tokens: how a byte-level
 * token lines up with the characters of the text (whole characters, or a
 * fragment of one character's UTF-8 bytes, shown honestly as hex), the tiny
 * model's own byte-pair tokens, counts and characters per token, and the geometry
 * of the language comparison chart. The embedding table's maths is in pca.ts.
 *
 * The views only draw; every chip, byte and point comes
 * from here, so tests can check them without a browser or the large tables.
 * No DOM, no React.
 */
import { scaleLinear } from 'd3';
import { bpeEncode, tokenBytes } from '@/lib/model/bpe';
import type { TinyModel } from '@/lib/model/types';

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
 * The tiny model's tokens for the whole text, by its own byte-pair merges (the same
 * as encode(), without its cut at the context length, since the playground counts
 * the whole text). A character outside its vocabulary shows as byte fragments.
 */
export function tinyTokens(model: TinyModel, text: string): TokenView[] {
  const normalised = text.normalize('NFC');
  const ids = bpeEncode(model.bpe, normalised);
  return alignTokens(
    normalised,
    ids,
    ids.map((id) => tokenBytes(model.bpe, id)),
  );
}

/** Characters (code points) per token, or 0 for no tokens. */
export function charsPerToken(text: string, tokens: number): number {
  return tokens ? Array.from(text).length / tokens : 0;
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
