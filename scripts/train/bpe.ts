/**
 * Learns the tiny models' tokenizer from training text: which characters get a
 * token of their own, and which byte-pair merges to apply, in order.
 *
 * Classic byte-pair encoding (Sennrich et al., 2016) over characters inside the
 * chunks of lib/model/bpe.ts: count every adjacent pair of symbols in every chunk
 * (weighted by how often the chunk occurs), merge the most frequent pair into a new
 * symbol, and repeat. Pair counts are updated incrementally, touching only the
 * chunks that contain the merged pair, so learning a few thousand merges over a few
 * megabytes of text takes seconds. Ties go to the smaller pair key, so the result is
 * deterministic.
 */
import { BYTE_TOKENS, byteTokenText, chunkText } from '../../lib/model/bpe';

export interface BpeSpec {
  /** Total vocabulary: 256 byte tokens + characters + merges. */
  vocabSize: number;
  /** Most single characters to keep (the most frequent ones), and the fewest occurrences a kept character needs. */
  maxChars: number;
  minCharCount: number;
  /** Longest token a merge may make, in characters (none when absent): 2 keeps Chinese merges to two-character words. */
  maxTokenChars?: number;
  /**
   * Words that get a token of their own whatever their count, such as first names, which
   * web-scale tokenizers learn because names are common in their text: their merges come
   * first (each word built left to right, a character at a time), then the learned ones.
   */
  wholeWords?: string[];
}

export interface LearnedBpe {
  vocab: string[];
  /** Flat pairs [left, right, …]; merge r makes token vocab.length − merges.length/2 + r. */
  merges: number[];
}

export function learnBpe(text: string, spec: BpeSpec): LearnedBpe {
  const chunkCounts = new Map<string, number>();
  for (const chunk of chunkText(text.normalize('NFC'))) chunkCounts.set(chunk, (chunkCounts.get(chunk) ?? 0) + 1);

  const charCounts = new Map<string, number>();
  for (const [chunk, n] of chunkCounts) for (const ch of chunk) charCounts.set(ch, (charCounts.get(ch) ?? 0) + n);
  const chars = [...charCounts]
    .filter(([, n]) => n >= spec.minCharCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, spec.maxChars)
    .map(([c]) => c)
    .sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
  const vocab = [...Array.from({ length: BYTE_TOKENS }, (_, b) => byteTokenText(b)), ...chars];
  const charId = new Map(chars.map((c, i) => [c, BYTE_TOKENS + i]));
  const merges = wholeWordMerges(spec.wholeWords ?? [], vocab, charId);
  const nMerges = spec.vocabSize - vocab.length;
  if (nMerges < 0) throw new Error(`vocabulary of ${spec.vocabSize} cannot hold ${vocab.length} bytes, characters and whole words`);

  // Words: symbol arrays of chunks made only of kept characters (a chunk with a byte-spelled
  // character is left out of merge learning; it is rare by construction).
  const words: number[][] = [];
  const freqs: number[] = [];
  for (const [chunk, n] of chunkCounts) {
    const ids = Array.from(chunk, (c) => charId.get(c) ?? -1);
    if (ids.length < 2 || ids.includes(-1)) continue;
    words.push(applyInOrder(ids, merges, vocab.length - merges.length / 2));
    freqs.push(n);
  }
  const KEY = spec.vocabSize;
  const pairCount = new Map<number, number>();
  const pairWords = new Map<number, Set<number>>();
  const addPairs = (w: number, sign: number) => {
    const ids = words[w];
    for (let i = 0; i + 1 < ids.length; i++) {
      const key = ids[i] * KEY + ids[i + 1];
      pairCount.set(key, (pairCount.get(key) ?? 0) + sign * freqs[w]);
      if (sign > 0) {
        let set = pairWords.get(key);
        if (!set) pairWords.set(key, (set = new Set()));
        set.add(w);
      }
    }
  };
  for (let w = 0; w < words.length; w++) addPairs(w, 1);

  const length = (id: number) => Array.from(vocab[id]).length;
  const tooLong = (key: number) => spec.maxTokenChars !== undefined && length(Math.floor(key / KEY)) + length(key % KEY) > spec.maxTokenChars;
  for (let r = 0; r < nMerges; r++) {
    let bestKey = -1;
    let bestCount = 1; // a pair must occur at least twice to earn a token
    for (const [key, count] of pairCount) {
      if (tooLong(key)) continue;
      if (count > bestCount || (count === bestCount && bestKey >= 0 && key < bestKey)) {
        bestKey = key;
        bestCount = count;
      }
    }
    if (bestKey < 0) break;
    const left = Math.floor(bestKey / KEY);
    const right = bestKey % KEY;
    const id = vocab.length;
    vocab.push(vocab[left] + vocab[right]);
    merges.push(left, right);
    for (const w of pairWords.get(bestKey) ?? []) {
      addPairs(w, -1);
      const ids = words[w];
      const out: number[] = [];
      for (let i = 0; i < ids.length; i++) {
        if (i + 1 < ids.length && ids[i] === left && ids[i + 1] === right) {
          out.push(id);
          i++;
        } else out.push(ids[i]);
      }
      words[w] = out;
      addPairs(w, 1);
    }
    pairWords.delete(bestKey);
    for (const [key, count] of pairCount) if (count <= 0) pairCount.delete(key);
  }
  return { vocab, merges };
}

/**
 * Merges that build each whole word from its characters, left to right (" Tom": " "+"T",
 * " T"+"o", " To"+"m"), sharing the prefixes words have in common; the new tokens are
 * appended to `vocab`. Every character of a word must have a token.
 */
function wholeWordMerges(wordList: readonly string[], vocab: string[], charId: ReadonlyMap<string, number>): number[] {
  const merges: number[] = [];
  const made = new Map<string, number>();
  for (const word of wordList) {
    const chars = Array.from(word.normalize('NFC'));
    const idOf = (ch: string) => {
      const id = charId.get(ch);
      if (id === undefined) throw new Error(`whole word "${word}" has the character "${ch}", which has no token`);
      return id;
    };
    let left = idOf(chars[0]);
    let text = chars[0];
    for (const ch of chars.slice(1)) {
      text += ch;
      let id = made.get(text);
      if (id === undefined) {
        id = vocab.length;
        vocab.push(text);
        merges.push(left, idOf(ch));
        made.set(text, id);
      }
      left = id;
    }
  }
  return merges;
}

/** A word's symbols after `merges` (flat pairs; merge r makes id firstId + r), each merged everywhere in turn. */
function applyInOrder(ids: number[], merges: readonly number[], firstId: number): number[] {
  let out = ids;
  for (let r = 0; r < merges.length; r += 2) {
    const [left, right] = [merges[r], merges[r + 1]];
    if (!out.includes(left)) continue;
    const next: number[] = [];
    for (let i = 0; i < out.length; i++) {
      if (i + 1 < out.length && out[i] === left && out[i + 1] === right) {
        next.push(firstId + r / 2);
        i++;
      } else next.push(out[i]);
    }
    out = next;
  }
  return out;
}
