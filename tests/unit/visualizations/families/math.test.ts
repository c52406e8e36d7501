/**
 * Tests for the model-families explorer's maths: tokens, the three families' masks and
 * their counts derived by hand, selections from the URL, and the objectives' examples.
 */
import { describe, expect, it } from 'vitest';
import {
  clampSelection,
  countAllowed,
  familyMasks,
  formatSelection,
  joinTokens,
  maskedTokenExample,
  maskIntensities,
  nextTokenExample,
  parseSelection,
  spanCorruptionExample,
  tokenize,
  visibleKeys,
} from '@/visualizations/families/math';

describe('tokenize and joinTokens', () => {
  it('splits words, punctuation and Chinese characters', () => {
    expect(tokenize('The cat sat on the mat.')).toEqual(['The', 'cat', 'sat', 'on', 'the', 'mat', '.']);
    expect(tokenize('猫坐在垫子上。')).toEqual(['猫', '坐', '在', '垫', '子', '上', '。']);
    expect(tokenize("I don't know, 42 times")).toEqual(['I', "don't", 'know', ',', '42', 'times']);
    expect(tokenize('   ')).toEqual([]);
  });

  it('joins them back readably', () => {
    expect(joinTokens(tokenize('The cat sat on the mat.'))).toBe('The cat sat on the mat.');
    expect(joinTokens(tokenize('猫坐在垫子上。'))).toBe('猫坐在垫子上。');
    expect(joinTokens(['The', '[MASK]', 'sat', '.'])).toBe('The [MASK] sat.');
  });
});

describe('familyMasks', () => {
  it('counts allowed pairs: n² bidirectional, n(n+1)/2 causal, m·n cross', () => {
    // n = 7 source tokens, m = 5 target tokens.
    // bidirectional: 7·7 = 49; causal: rows allow 1, 2, …, 7 keys → 1+2+…+7 = 28 = 7·8/2;
    // decoder causal: 1+2+3+4+5 = 15 = 5·6/2; cross: every one of 5 queries reads all 7 keys = 35.
    const m = familyMasks(7, 5);
    expect(countAllowed(m.encoderOnly)).toBe(49);
    expect(countAllowed(m.encoderSelf)).toBe(49);
    expect(countAllowed(m.decoderOnly)).toBe(28);
    expect(countAllowed(m.decoderSelf)).toBe(15);
    expect(countAllowed(m.cross)).toBe(35);
    expect(m.cross).toHaveLength(5);
    expect(m.cross[0]).toHaveLength(7);
  });

  it('for the longest sentence, 64 tokens: 4096 and 2080 (= 64·65/2)', () => {
    const m = familyMasks(64, 64);
    expect(countAllowed(m.encoderOnly)).toBe(4096);
    expect(countAllowed(m.decoderOnly)).toBe(2080);
  });

  it('lets token i see itself and earlier tokens under the causal mask, everything otherwise', () => {
    const m = familyMasks(5, 3);
    expect(visibleKeys(m.decoderOnly, 2)).toEqual([0, 1, 2]);
    expect(visibleKeys(m.decoderOnly, 0)).toEqual([0]);
    expect(visibleKeys(m.encoderOnly, 2)).toEqual([0, 1, 2, 3, 4]);
    expect(visibleKeys(m.cross, 1)).toEqual([0, 1, 2, 3, 4]);
    expect(visibleKeys(m.decoderSelf, 1)).toEqual([0, 1]);
  });

  it('fills the causal mask of 3 tokens below the diagonal, the active row solid', () => {
    const m = familyMasks(3, 0);
    expect(maskIntensities(m.decoderOnly, 1)).toEqual([
      [0.3, 0, 0],
      [0.95, 0.95, 0],
      [0.3, 0.3, 0.3],
    ]);
    expect(maskIntensities(m.encoderOnly, null).flat()).toEqual(Array(9).fill(0.3));
  });
});

describe('selections in the URL', () => {
  it('reads source and target tokens and refuses anything else', () => {
    expect(parseSelection('3')).toEqual({ side: 'source', index: 3 });
    expect(parseSelection('t12')).toEqual({ side: 'target', index: 12 });
    for (const bad of ['', 'x', '-1', '64', 't', '3.5', '<b>']) expect(parseSelection(bad)).toBeUndefined();
    expect(formatSelection({ side: 'target', index: 4 })).toBe('t4');
    expect(formatSelection({ side: 'source', index: 0 })).toBe('0');
  });

  it('clamps a selection to the sentence', () => {
    expect(clampSelection({ side: 'source', index: 9 }, 4, 2)).toEqual({ side: 'source', index: 3 });
    expect(clampSelection({ side: 'target', index: 1 }, 4, 2)).toEqual({ side: 'target', index: 1 });
    expect(clampSelection({ side: 'target', index: 1 }, 0, 0)).toEqual({ side: 'source', index: 0 });
  });
});

describe('training objectives on the sentence', () => {
  const tokens = tokenize('Thank you for inviting me to your party last week.');

  it('masked-token: hides one token', () => {
    const e = maskedTokenExample(tokens, 2);
    expect(joinTokens(e.input)).toBe('Thank you [MASK] inviting me to your party last week.');
    expect(e.target).toBe('for');
  });

  it('next-token: the prefix predicts the following token', () => {
    expect(nextTokenExample(tokens, 1)).toEqual({ context: ['Thank', 'you'], target: 'for' });
    expect(nextTokenExample(tokens, tokens.length - 1).target).toBeNull();
  });

  it('span corruption: the T5 paper’s first span', () => {
    // Raffel et al. 2019, Fig. 2: "for inviting" is dropped and replaced by <X>;
    // the target is "<X> for inviting" followed by the next sentinel.
    const e = spanCorruptionExample(tokens, 2);
    expect(joinTokens(e.input)).toBe('Thank you <X> me to your party last week.');
    expect(e.target).toEqual(['<X>', 'for', 'inviting', '<Y>']);
  });
});
