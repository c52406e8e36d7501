/**
 * Chinese sentences over a broad everyday lexicon: the templates are simple
 * grammatical frames (time, place, 把, 比, 因为…所以…, 如果…就…, quoted speech, measure
 * words) and the words come from jieba's 12 000 most frequent words by part of speech,
 * so the model meets the common characters and words of modern Chinese, not only the
 * few hundred of ./zh-words.ts. The sentences are grammatical but their meaning is
 * whatever the draw gives; they teach form and vocabulary, the chapters and
 * ./zh.ts teach sense.
 */
import type { Rng } from '../../../lib/model/types';
import { pick, type Template } from './grammar';
import { zhCommonWords, type ZhWord } from './sources';
import * as W from './zh-words';

/** Picks words with probability proportional to the square root of their frequency. */
function sampler(words: ZhWord[]): (r: Rng) => string {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of words) cumulative.push((total += Math.sqrt(w.freq)));
  return (r) => {
    const x = r() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo].word;
  };
}

/** Builds the sentence maker (reads the lexicon once). */
export function chineseBroadSentence(): Template {
  const words = zhCommonWords();
  const of = (...tags: string[]) => sampler(words.filter((w) => tags.includes(w.pos) && w.word.length >= (tags.includes('d') ? 1 : 2) && w.word.length <= 4));
  const noun = of('n');
  const verb = of('v');
  const adj = of('a');
  const adverb = of('d');
  const place = of('ns', 's');
  const time = of('t');
  const person = of('nr');
  const who = (r: Rng) => (r() < 0.4 ? person(r) : pick(r, [...W.roles, '我', '你', '他', '她', '我们', '他们', '大家']));
  const mw = (r: Rng) => pick(r, ['个', '个', '种', '些', '件', '位', '本', '张', '条', '只']);
  const frames: Template[] = [
    (r) => `${time(r)}，${who(r)}在${place(r)}${verb(r)}了${noun(r)}。`,
    (r) => `这${mw(r)}${noun(r)}很${adj(r)}。`,
    (r) => `${who(r)}${adverb(r)}${verb(r)}${noun(r)}。`,
    (r) => `因为${noun(r)}太${adj(r)}了，所以${who(r)}没有${verb(r)}。`,
    (r) => `${noun(r)}比${noun(r)}更${adj(r)}。`,
    (r) => `如果${who(r)}${verb(r)}${noun(r)}，${noun(r)}就会${adj(r)}起来。`,
    (r) => `${who(r)}说：“我想${verb(r)}${noun(r)}。”`,
    (r) => `${place(r)}有很多${noun(r)}和${noun(r)}。`,
    (r) => `${who(r)}问：“你${verb(r)}过${noun(r)}吗？”`,
    (r) => `${who(r)}把${noun(r)}放在${noun(r)}上了。`,
    (r) => `我觉得${noun(r)}${adverb(r)}很${adj(r)}，你呢？`,
    (r) => `${who(r)}一边${verb(r)}，一边${verb(r)}${noun(r)}。`,
    (r) => `${time(r)}的${noun(r)}不太${adj(r)}，${who(r)}${adverb(r)}${verb(r)}了。`,
    (r) => `为了${verb(r)}${noun(r)}，${who(r)}每天都${verb(r)}。`,
  ];
  return (r) => pick(r, frames)(r);
}
