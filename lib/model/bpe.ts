/**
 * The tiny models' tokenizer: byte-pair encoding over characters, with byte fallback.
 *
 * The vocabulary is laid out in three bands, in this order:
 * 1. 256 byte tokens, written `<0x41>`: any character the vocabulary lacks is spelled
 *    as the bytes of its UTF-8 encoding, so every input encodes and no token is ever
 *    "unknown" (the scheme of SentencePiece's byte fallback, used by Llama);
 * 2. single characters seen often enough in the training text;
 * 3. merged tokens, in the order training learned them: merge r joins the pair
 *    (left, right) into token firstMergeId + r, whose text is the two texts joined.
 *
 * Text is first cut into chunks that a merge never crosses (a word with its leading
 * space, one digit, a run of punctuation, a run of Chinese characters), then each
 * chunk starts as characters and the lowest-ranked applicable merge is applied until
 * none applies. The same rules run at training time (scripts/train/bpe.ts learns the
 * merges from chunk counts) and in the page, so the two can never disagree.
 */

/** The replacement character: what a character-only vocabulary reads for a character it lacks. */
const REPLACEMENT = '\uFFFD';

/** Number of byte tokens at the start of a byte-fallback vocabulary. */
export const BYTE_TOKENS = 256;

/** The text of byte token `b`: `<0x0A>` for a newline byte. */
export function byteTokenText(b: number): string {
  return `<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`;
}

/**
 * Chunks a merge may not cross. A Chinese run is its own chunk (so merges learn
 * words), a Latin word keeps one leading space (so " cat" and "cat" are different
 * tokens, as in GPT-2), digits stand alone (so numbers are spelled digit by digit),
 * and English contractions split before the apostrophe ("didn" + "'t").
 */
const CHUNK = /'(?:[stdm]|re|ve|ll)(?!\p{L})|\p{Script=Han}+| ?(?:(?!\p{Script=Han})[\p{L}\p{M}])+| ?\p{N}| ?[^\s\p{L}\p{M}\p{N}]+|\s+(?!\S)|\s+/gu;

/** Splits normalised text into the chunks described above (their concatenation is the text). */
export function chunkText(text: string): string[] {
  return text.match(CHUNK) ?? [];
}

/** The whole vocabulary from its parts: byte tokens (if any), single characters, then one token per merge. */
export function vocabularyOf(chars: readonly string[], merges: readonly number[], byteFallback: boolean): string[] {
  const vocab = byteFallback ? Array.from({ length: BYTE_TOKENS }, (_, b) => byteTokenText(b)) : [];
  vocab.push(...chars);
  for (let r = 0; r + 1 < merges.length; r += 2) {
    const [left, right] = [vocab[merges[r]], vocab[merges[r + 1]]];
    if (left === undefined || right === undefined) throw new Error(`merge ${r / 2} refers to a token that does not exist yet`);
    vocab.push(left + right);
  }
  return vocab;
}

/** A tokenizer built from a vocabulary and its merges; build once per model. */
export interface Bpe {
  vocab: readonly string[];
  /** The merges as given: flat pairs of ids. */
  merges: readonly number[];
  /** Id of byte 0 (byte b is byteBase + b), or −1 when the vocabulary has no byte tokens. */
  byteBase: number;
  charIds: ReadonlyMap<string, number>;
  /** Pair key (left · vocabSize + right) → rank of its merge. */
  ranks: ReadonlyMap<number, number>;
  firstMergeId: number;
  /** Ids of chunks already encoded (chunks repeat a lot in prose). */
  cache: Map<string, number[]>;
}

/**
 * Builds the tables. `merges` is flat pairs [left₀, right₀, left₁, right₁, …]; merge r
 * makes token `vocab.length − merges.length/2 + r`. Throws when the vocabulary and the
 * merges disagree (a merged token's text must be its parts' texts joined).
 */
export function buildBpe(vocab: readonly string[], merges: readonly number[], byteFallback: boolean): Bpe {
  if (merges.length % 2 !== 0) throw new Error('merges must be pairs of ids');
  const nMerges = merges.length / 2;
  const firstMergeId = vocab.length - nMerges;
  const byteBase = byteFallback ? 0 : -1;
  const firstChar = byteFallback ? BYTE_TOKENS : 0;
  if (firstMergeId < firstChar) throw new Error('vocabulary is smaller than its bytes and merges');
  if (byteFallback) {
    for (let b = 0; b < BYTE_TOKENS; b++) if (vocab[b] !== byteTokenText(b)) throw new Error(`token ${b} should be ${byteTokenText(b)}`);
  }
  const charIds = new Map<string, number>();
  for (let id = firstChar; id < firstMergeId; id++) {
    if (Array.from(vocab[id]).length !== 1) throw new Error(`token ${id} (${JSON.stringify(vocab[id])}) should be one character`);
    charIds.set(vocab[id], id);
  }
  const ranks = new Map<number, number>();
  for (let r = 0; r < nMerges; r++) {
    const left = merges[2 * r];
    const right = merges[2 * r + 1];
    const id = firstMergeId + r;
    if (!(left >= firstChar && left < id && right >= firstChar && right < id)) throw new Error(`merge ${r} uses an id it cannot`);
    if (vocab[id] !== vocab[left] + vocab[right]) throw new Error(`merge ${r} should make ${JSON.stringify(vocab[left] + vocab[right])}`);
    ranks.set(left * vocab.length + right, r);
  }
  return { vocab, merges, byteBase, charIds, ranks, firstMergeId, cache: new Map() };
}

const utf8 = new TextEncoder();

/** The starting ids of one character: itself, or its UTF-8 bytes. */
function characterIds(bpe: Bpe, ch: string, out: number[]): void {
  const id = bpe.charIds.get(ch);
  if (id !== undefined) return void out.push(id);
  if (bpe.byteBase < 0) {
    // a character-only vocabulary (the models trained in the page) may keep "�" for the characters it lacks
    const replacement = bpe.charIds.get(REPLACEMENT);
    if (replacement === undefined) throw new Error(`character ${JSON.stringify(ch)} is not in the vocabulary, which has no byte tokens and no ${REPLACEMENT}`);
    return void out.push(replacement);
  }
  for (const b of utf8.encode(ch)) out.push(bpe.byteBase + b);
}

/** Applies merges to a list of ids, lowest rank first, leftmost first among equals. */
export function applyMerges(bpe: Bpe, ids: number[]): number[] {
  const V = bpe.vocab.length;
  for (;;) {
    let best = Infinity;
    let at = -1;
    for (let i = 0; i + 1 < ids.length; i++) {
      const rank = bpe.ranks.get(ids[i] * V + ids[i + 1]);
      if (rank !== undefined && rank < best) {
        best = rank;
        at = i;
      }
    }
    if (at < 0) return ids;
    ids.splice(at, 2, bpe.firstMergeId + best);
  }
}

/** Ids of one chunk (cached). */
function encodeChunk(bpe: Bpe, chunk: string): number[] {
  const hit = bpe.cache.get(chunk);
  if (hit) return hit;
  const ids: number[] = [];
  for (const ch of chunk) characterIds(bpe, ch, ids);
  const merged = applyMerges(bpe, ids);
  if (bpe.cache.size > 20_000) bpe.cache.clear();
  bpe.cache.set(chunk, merged);
  return merged;
}

/** Token ids of a whole text (NFC-normalised first). */
export function bpeEncode(bpe: Bpe, text: string): number[] {
  const out: number[] = [];
  for (const chunk of chunkText(text.normalize('NFC'))) for (const id of encodeChunk(bpe, chunk)) out.push(id);
  return out;
}

const utf8Decoder = new TextDecoder('utf-8');

/** The UTF-8 bytes token `id` stands for. */
export function tokenBytes(bpe: Bpe, id: number): Uint8Array {
  return isByteToken(bpe, id) ? Uint8Array.of(id - bpe.byteBase) : utf8.encode(bpe.vocab[id] ?? '');
}

/** Text of ids; byte tokens are joined into characters, an incomplete byte sequence becomes "�". */
export function bpeDecode(bpe: Bpe, ids: readonly number[]): string {
  const bytes: number[] = [];
  for (const id of ids) for (const b of tokenBytes(bpe, id)) bytes.push(b);
  return utf8Decoder.decode(new Uint8Array(bytes));
}

/** True for a byte token's id. */
export function isByteToken(bpe: Bpe, id: number): boolean {
  return bpe.byteBase >= 0 && id >= bpe.byteBase && id < bpe.byteBase + BYTE_TOKENS;
}
