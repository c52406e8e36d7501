/**
 * The large BPE vocabularies (GPT-2's r50k_base, cl100k_base and o200k_base,
 * from gpt-tokenizer), loaded on demand. Each is a dynamic import, so its table
 * (about 0.6, 1 and 2.7 MB of JavaScript) is a separate chunk fetched only when
 * the playground asks for it, never part of a chapter's first load. The rank table itself
 * (id → the token's text, or its raw bytes when they are not valid UTF-8) is
 * read to show every token's exact bytes. Each table is one module in tables/,
 * so its chunk is named after it.
 */
export const VOCABULARIES = ['r50k_base', 'cl100k_base', 'o200k_base'] as const;
export type VocabularyName = (typeof VOCABULARIES)[number];

export interface Vocabulary {
  name: VocabularyName;
  /** Number of token ids, special tokens included. */
  size: number;
  /** Token ids of a text; special-token markers in the text are read as plain text. */
  encode: (text: string) => number[];
  /** The exact bytes of one token. */
  bytesOf: (id: number) => Uint8Array;
}

type RankTable = readonly (string | readonly number[])[];

interface TableModule {
  encode: (text: string, options?: { disallowedSpecial?: Set<string> }) => number[];
  vocabularySize: number;
  ranks: RankTable;
}

const imports: Record<VocabularyName, () => Promise<TableModule>> = {
  r50k_base: () => import('./tables/r50k_base'),
  cl100k_base: () => import('./tables/cl100k_base'),
  o200k_base: () => import('./tables/o200k_base'),
};

const cache = new Map<VocabularyName, Promise<Vocabulary>>();

/** Loads a vocabulary once per page; a failed load may be tried again. */
export function loadVocabulary(name: VocabularyName): Promise<Vocabulary> {
  let pending = cache.get(name);
  if (!pending) {
    pending = imports[name]().then((encoding) => {
      const table = encoding.ranks;
      const utf8 = new TextEncoder();
      const noSpecial = new Set<string>();
      return {
        name,
        size: encoding.vocabularySize,
        encode: (text: string) => encoding.encode(text, { disallowedSpecial: noSpecial }),
        bytesOf: (id: number) => {
          const entry = table[id];
          if (entry === undefined) throw new RangeError(`${name} has no token ${id}`);
          return typeof entry === 'string' ? utf8.encode(entry) : Uint8Array.from(entry);
        },
      };
    });
    pending.catch(() => cache.delete(name));
    cache.set(name, pending);
  }
  return pending;
}
