/**
 * What the model-families explorer draws, computed: a sentence split into tokens, the
 * attention masks of the three families (from lib/math's buildMask, where
 * `mask[i][j] === true` means query i may attend to key j), what a chosen token can see
 * in each, and the training objective of each family worked out on the sentence.
 *
 * The view only draws; the tests check these functions, e.g. that
 * a causal mask over n tokens allows n(n+1)/2 pairs.
 */
import { buildMask } from '@/lib/math';

/** Longest sentence the explorer draws, in tokens. */
export const MAX_TOKENS = 64;

/** Splits text into tokens: each Chinese character, each word (letters, digits, apostrophes), each other symbol. */
export function tokenize(text: string): string[] {
  return text.normalize('NFC').match(/\p{Script=Han}|[\p{L}\p{M}\p{N}'’]+|[^\s\p{L}\p{M}\p{N}]/gu) ?? [];
}

/** Joins tokens back into readable text: spaces between words, none around Chinese or before punctuation. */
export function joinTokens(tokens: readonly string[]): string {
  const cjk = (s: string) => /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(s);
  const closing = (s: string) => /^[.,!?;:)\]'’%]$/.test(s);
  const opening = (s: string) => /^[([]$/.test(s);
  let out = '';
  tokens.forEach((tok, i) => {
    const prev = tokens[i - 1];
    if (i > 0 && !cjk(tok) && !cjk(prev) && !closing(tok) && !opening(prev)) out += ' ';
    out += tok;
  });
  return out;
}

/** The masks of the three families for a source of n tokens and a target of m tokens. */
export interface FamilyMasks {
  /** Encoder-only (BERT): bidirectional self-attention over the source, n × n. */
  encoderOnly: boolean[][];
  /** Decoder-only (GPT): causal self-attention over the source, n × n. */
  decoderOnly: boolean[][];
  /** Encoder-decoder (T5), encoder side: bidirectional self-attention over the source, n × n. */
  encoderSelf: boolean[][];
  /** Encoder-decoder, decoder side: causal self-attention over the target, m × m. */
  decoderSelf: boolean[][];
  /** Encoder-decoder, cross-attention: every target query reads every source key, m × n. */
  cross: boolean[][];
}

export function familyMasks(nSource: number, nTarget: number): FamilyMasks {
  return {
    encoderOnly: buildMask('none', nSource, nSource),
    decoderOnly: buildMask('causal', nSource, nSource),
    encoderSelf: buildMask('none', nSource, nSource),
    decoderSelf: buildMask('causal', nTarget, nTarget),
    cross: buildMask('none', nTarget, nSource),
  };
}

/** Keys that query i may attend to. */
export function visibleKeys(mask: readonly (readonly boolean[])[], i: number): number[] {
  const row = mask[i] ?? [];
  const out: number[] = [];
  row.forEach((allowed, j) => allowed && out.push(j));
  return out;
}

/** Number of allowed (query, key) pairs. */
/** Fill of a mask matrix's cells: allowed cells faint, the active query's allowed keys solid, blocked cells empty. */
export const MASK_FILL = { allowed: 0.3, active: 0.95 } as const;

/** A mask as cell intensities for a canvas (rows: queries, columns: keys), with `activeRow`'s allowed cells solid. */
export function maskIntensities(mask: readonly (readonly boolean[])[], activeRow: number | null): number[][] {
  return mask.map((row, i) => row.map((allowed) => (allowed ? (i === activeRow ? MASK_FILL.active : MASK_FILL.allowed) : 0)));
}

export function countAllowed(mask: readonly (readonly boolean[])[]): number {
  let n = 0;
  for (const row of mask) for (const allowed of row) if (allowed) n++;
  return n;
}

/** A chosen token: one of the sentence (source) or of the translation (target, decoder side). */
export interface Selection {
  side: 'source' | 'target';
  index: number;
}

/** Reads "3" (source token 3) or "t3" (target token 3); undefined if malformed. */
export function parseSelection(raw: string): Selection | undefined {
  const m = /^(t?)(\d{1,3})$/.exec(raw.trim());
  if (!m) return undefined;
  const index = Number(m[2]);
  return index < MAX_TOKENS ? { side: m[1] ? 'target' : 'source', index } : undefined;
}

export function formatSelection(s: Selection): string {
  return `${s.side === 'target' ? 't' : ''}${s.index}`;
}

/** Keeps a selection inside sentences of the given lengths (the last token if it ran past the end). */
export function clampSelection(s: Selection, nSource: number, nTarget: number): Selection {
  const n = s.side === 'source' ? nSource : nTarget;
  if (n === 0) return { side: 'source', index: 0 };
  return { side: s.side, index: Math.min(s.index, n - 1) };
}

/** Masked-token prediction (BERT): token i hidden behind [MASK], predicted from both sides. */
export function maskedTokenExample(tokens: readonly string[], i: number): { input: string[]; target: string } {
  return { input: tokens.map((t, j) => (j === i ? '[MASK]' : t)), target: tokens[i] };
}

/** Next-token prediction (GPT): tokens 0…i predict token i + 1 (null after the last token). */
export function nextTokenExample(tokens: readonly string[], i: number): { context: string[]; target: string | null } {
  return { context: tokens.slice(0, i + 1), target: i + 1 < tokens.length ? tokens[i + 1] : null };
}

/**
 * Span corruption (T5): the span of `length` tokens starting at i is replaced by a
 * sentinel <X> in the encoder's input; the decoder's target is the sentinel, the dropped
 * tokens, and a closing sentinel <Y> (Raffel et al. 2019, §3.1.4 and Fig. 2).
 */
export function spanCorruptionExample(tokens: readonly string[], i: number, length = 2): { input: string[]; target: string[] } {
  const end = Math.min(tokens.length, i + length);
  return { input: [...tokens.slice(0, i), '<X>', ...tokens.slice(end)], target: ['<X>', ...tokens.slice(i, end), '<Y>'] };
}
