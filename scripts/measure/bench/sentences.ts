/**
 * Benchmark sentences of an exact number of a model's tokens. The widgets' costs grow
 * with tokens, not characters, and the goals are stated per token count (16 ms at 32
 * tokens), so the scenarios ask for `n` tokens and get a sentence that the site's own
 * tokenizer of that language cuts into exactly `n`, a different one for each run. The
 * Chinese stretches use no byte tokens, so the explorer's strip shows their characters.
 */
import { bpeEncode, BYTE_TOKENS } from '@/lib/model/bpe';
import { decode } from '@/lib/model/tokenizer';
import { readModel } from '../../model/eval';

const TEXTS: Record<'en' | 'zh', string> = {
  en:
    'The animal did not cross the street because it was too tired. The keys to the cabinet are on the table. ' +
    'I like green tea and you like green tea, so we all drink green tea in the morning before work starts. ' +
    'On rainy days the children stay inside, read old books by the window and wait for their father to come home. ' +
    'When the bus was late again, the driver told everyone that the bridge over the river had been closed for repairs. ' +
    'My neighbour grows tomatoes, beans and small yellow flowers in a garden that is hardly larger than a kitchen table.',
  zh:
    '小猫没有过马路，因为它太累了。柜子的钥匙在桌子上。我喜欢喝茶，你也喜欢喝茶，所以我们每天早上上班以前都喝一杯茶。' +
    '下雨的时候，孩子们待在家里，在窗户旁边看书，等爸爸回家。公共汽车又来晚了，司机告诉大家河上的那座桥关了。' +
    '邻居在一个比桌子大不了多少的小院子里种了西红柿、豆子和黄色的小花。周末我们一家人去公园散步，天气很好。',
};

/** Every distinct stretch of the text that the tokenizer cuts into exactly `n` tokens (none of them a byte, none starting with a space). */
function sentencesOf(locale: 'en' | 'zh', n: number): string[] {
  const model = readModel(locale);
  const ids = bpeEncode(model.bpe, TEXTS[locale]);
  const found = new Set<string>();
  for (let start = 0; start + n <= ids.length; start++) {
    const stretch = ids.slice(start, start + n);
    const text = decode(model, stretch);
    if (!/^\s/.test(text) && stretch.every((id) => id >= BYTE_TOKENS) && bpeEncode(model.bpe, text).length === n) found.add(text);
  }
  return [...found];
}

const cache = new Map<string, string[]>();

/**
 * A sentence of exactly `n` tokens, a different one for each run: consecutive runs never
 * get the same text (a widget given the text it already shows does not update, and a
 * scenario waiting for the update would wait forever).
 */
export function sentenceOfTokens(n: number, run: number, locale: 'en' | 'zh' = 'en'): string {
  const key = `${locale} ${n}`;
  const all = cache.get(key) ?? sentencesOf(locale, n);
  cache.set(key, all);
  if (all.length < 2) throw new Error(`the benchmark text has fewer than two ${n}-token sentences`);
  // three stretches apart per run, for variety, unless that would cycle back onto the same one
  const stride = all.length % 3 === 0 ? 1 : 3;
  return all[(stride * run) % all.length];
}
