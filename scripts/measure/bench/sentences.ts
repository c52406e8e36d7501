/**
 * Benchmark sentences of an exact number of the English model's tokens. The widgets'
 * costs grow with tokens, not characters, and the goals are stated per token count
 * (16 ms at 32 tokens), so the scenarios ask for `n` tokens and get a sentence that the
 * site's own tokenizer cuts into exactly `n`, a different one for each run.
 */
import { bpeEncode } from '@/lib/model/bpe';
import { decode } from '@/lib/model/tokenizer';
import { readModel } from '../../model/eval';

const TEXT =
  'The animal did not cross the street because it was too tired. The keys to the cabinet are on the table. ' +
  'I like green tea and you like green tea, so we all drink green tea in the morning before work starts. ' +
  'On rainy days the children stay inside, read old books by the window and wait for their father to come home. ' +
  'When the bus was late again, the driver told everyone that the bridge over the river had been closed for repairs. ' +
  'My neighbour grows tomatoes, beans and small yellow flowers in a garden that is hardly larger than a kitchen table.';

const model = readModel('en');
const ids = bpeEncode(model.bpe, TEXT);

/** Every distinct stretch of the text that the tokenizer cuts into exactly `n` tokens (and that does not start with a space). */
function sentencesOf(n: number): string[] {
  const found = new Set<string>();
  for (let start = 0; start + n <= ids.length; start++) {
    const text = decode(model, ids.slice(start, start + n));
    if (!/^\s/.test(text) && bpeEncode(model.bpe, text).length === n) found.add(text);
  }
  return [...found];
}

const cache = new Map<number, string[]>();

/**
 * A sentence of exactly `n` tokens, a different one for each run: consecutive runs never
 * get the same text (a widget given the text it already shows does not update, and a
 * scenario waiting for the update would wait forever).
 */
export function sentenceOfTokens(n: number, run: number): string {
  const all = cache.get(n) ?? sentencesOf(n);
  cache.set(n, all);
  if (all.length < 2) throw new Error(`the benchmark text has fewer than two ${n}-token sentences`);
  // three stretches apart per run, for variety, unless that would cycle back onto the same one
  const stride = all.length % 3 === 0 ? 1 : 3;
  return all[(stride * run) % all.length];
}
