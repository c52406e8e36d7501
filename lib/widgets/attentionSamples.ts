/**
 * Sample sentences for the attention explorer, per language, each asking a question
 * that one head of the shipped model answers: the explorer opens on that head and
 * says what to see there. scripts/train/find-sample-heads.ts finds the heads;
 * tests/unit/lib/widgets/attentionSamples.test.ts checks, on the shipped models,
 * that each head's strongest key from the query word lies in the target word. The
 * query token is computed from `focus` (never typed as a position).
 *
 * The samples are content, kept apart from the code that
 * draws them, and the tests and the benchmark reuse them.
 */
import type { Locale } from '@/lib/i18n/locales';

export interface Sample {
  /** The sentence the model reads. */
  text: string;
  /** Button label: the question the sentence lets the reader test. */
  label: string;
  /** A word in `text`; the token holding its last character becomes the query. */
  focus: string;
  /** The head (layer and head, from 1) that answers the question; the explorer opens on it. */
  layer: number;
  head: number;
  /** A word in `text` that this head's query should weigh most (tests/unit check it on the shipped model). */
  target: string;
  /** One sentence: what the reader sees in that head, and why it answers the question. */
  why: string;
}

export const samples: Record<Locale, Sample[]> = {
  en: [
    {
      text: 'The keys to the cabinet are on the table.',
      label: 'Does “are” find “keys”?',
      focus: ' are',
      layer: 2,
      head: 1,
      target: ' keys',
      why: 'Yes, in layer 2, head 1: “are” puts 0.50 of its weight on “keys”, the noun it agrees with, and 0.33 on the nearer “cabinet”. After “The keys to the cabinet” the model says “are” (0.98), and it follows the rule beyond this sentence: on 200 new sentences whose nouns it never practised with, it picks the agreeing verb in 81%.',
    },
    {
      text: 'While Anna and Tom were walking to the park, Tom gave the ball to',
      label: 'Who gets the ball?',
      focus: 'the ball to',
      layer: 3,
      head: 2,
      target: ' Anna',
      why: 'In layer 3, head 2, the last “to” puts 0.63 of its weight on “Anna”, the name not just used, while head 3 of the same layer looks at “Tom”, the one just used (0.88). Of the two names the model says “Anna” (0.20) and hardly ever “Tom” (0.0006); its likeliest token, “ Li” (0.33), begins a name that is not in the sentence. It never practised this wording: on 200 prompts like it, it prefers the right name in 99.5%.',
    },
    {
      text: 'I like green tea. You like green tea. We like green',
      label: 'What follows a repeat?',
      focus: 'We like green',
      layer: 2,
      head: 4,
      target: ' tea',
      why: 'Yes, in layer 2, head 4, an induction head: from the end of the third “green” it splits almost all its weight between the two earlier “tea”s (0.50 and 0.49), the token that followed “green” each time, and “tea” is the model’s most likely next word (0.11). Try any phrase you repeat: this head finds the earlier copy and looks one token past it.',
    },
    {
      text: 'The dog ran to the park, and the cat sat on the mat.',
      label: 'Who looks one token back?',
      focus: ' to',
      layer: 1,
      head: 1,
      target: ' ran',
      why: 'Layer 1, head 1 puts more than 0.9 of the weight of “to” on “ran”, the token just before it. Choose other tokens: this head nearly always looks one step back, the information the induction head in the next layer builds on.',
    },
  ],
  zh: [
    {
      text: '王芳和李明去了公园，李明把球给了',
      label: '“给了”回看哪个名字？',
      focus: '把球给了',
      layer: 4,
      head: 4,
      target: '，李明',
      why: '会，在第 4 层第 4 个头：从“给了”出发，它约 0.9 的权重落在刚刚提到的第二个“李明”上（同一层的第 2 个头也一样）。球要给另一个人，所以模型先得知道刚才说的是谁：它接下来说“王芳”的概率约为 0.97，在 200 个措辞不同的提示里 83% 更看好另一个名字。注意力只显示它看向哪里，并不能单独说明模型怎样用这个信息。',
    },
    {
      text: '小王在超市买了三个苹果和一瓶牛奶。小王在超市买了三个',
      label: '重复之后是什么？',
      focus: '。小王在超市买了三个',
      layer: 4,
      head: 3,
      target: '苹果',
      why: '会，在第 4 层第 3 个头：这是一个归纳头。从第二遍的“个”出发，它约一半的权重落在第一遍“个”后面的“苹果”上，模型接下来最可能说的也正是“苹果”（约 0.7）。把任意一句话重复一遍试试：在模型从未见过、重复了一遍的句子上，它平均把 0.40 的权重放在上次紧跟其后的词元上，比英文模型的归纳头（0.80）弱。',
    },
    {
      text: '桌子上的钥匙是我的。',
      label: '哪个头看前一个词元？',
      focus: '是',
      layer: 2,
      head: 2,
      target: '钥匙',
      why: '第 2 层第 2 个头把“是”约 0.7 的权重放在紧挨在前面的“钥匙”上。换别的词元试试：在模型从未见过的句子上，它平均把 0.83 的权重放在前一个词元上。第 4 层的归纳头要靠它：只有键里带着“我前面是谁”，才能找到上一次出现之后的那个词元。',
    },
    {
      text: '今天下雨了，我们在家里看书。',
      label: '哪个头回看标点？',
      focus: '在家里看',
      layer: 1,
      head: 2,
      target: '，',
      why: '第 1 层第 2 个头：从“看”出发，它约 0.6 的权重落在前面最近的逗号上。这类头把标点当作分句的路标；在模型从未见过的句子上，它平均把约一半的权重放在最近的标点上。',
    },
  ],
};

/**
 * Index of the token that holds the last character of the first `word` in `text`,
 * given the UTF-8 byte length of each token in order (the tokens spell the text);
 * the last token when the word is absent.
 */
export function tokenOfWord(text: string, word: string, tokenByteLengths: readonly number[]): number {
  const last = Math.max(0, tokenByteLengths.length - 1);
  const at = text.indexOf(word);
  if (at < 0 || word.length === 0) return last;
  const endByte = new TextEncoder().encode(text.slice(0, at + word.length)).length;
  let covered = 0;
  for (let i = 0; i < tokenByteLengths.length; i++) {
    covered += tokenByteLengths[i];
    if (covered >= endByte) return i;
  }
  return last;
}

/** The sample whose sentence this is, if any. */
export function sampleFor(locale: Locale, sentence: string): Sample | undefined {
  return samples[locale].find((s) => s.text === sentence);
}
