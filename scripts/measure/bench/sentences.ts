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

/** A sentence of exactly `n` tokens, starting near token 3·run of the text (later if a cut does not re-encode to n). */
export function sentenceOfTokens(n: number, run: number): string {
  for (let start = 3 * run; start + n <= ids.length; start++) {
    const text = decode(model, ids.slice(start, start + n));
    if (!/^\s/.test(text) && bpeEncode(model.bpe, text).length === n) return text;
  }
  throw new Error(`the benchmark text has no ${n}-token sentence after token ${3 * run}`);
}
