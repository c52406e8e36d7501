/** Tests for lib/model/headPatterns on attention maps built by hand. */
import { describe, expect, it } from 'vitest';
import { classifyHeads, isDelimiter, labelHead, scoreHead } from '@/lib/model/headPatterns';
import { forward } from '@/lib/model/forward';
import { randomModel } from './reference';

const tokens = Array.from('ab cd, ef');
const n = tokens.length;
/** A causal map with all weight of query i on key pick(i). */
const oneHot = (pick: (i: number) => number) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (j === pick(i) ? 1 : 0)));

describe('scoreHead', () => {
  it('recognises a previous-token head', () => {
    const s = scoreHead(
      oneHot((i) => Math.max(0, i - 1)),
      tokens,
    );
    expect(s.previousToken).toBe(1);
    expect(labelHead(s)).toBe('previousToken');
  });

  it('recognises a first-token head and a self head', () => {
    expect(
      labelHead(
        scoreHead(
          oneHot(() => 0),
          tokens,
        ),
      ),
    ).toBe('firstToken');
    const self = scoreHead(
      oneHot((i) => i),
      tokens,
    );
    expect(self.self).toBe(1);
    expect(labelHead(self)).toBe('self');
  });

  it('recognises a head that reads the latest space or punctuation before the previous token', () => {
    // tokens: a b ␣ c d , ␣ e f  (delimiters at 2, 5, 6)
    // latest delimiter before i−1: i=4 → 2, i=5 → 2, i=6 → 2, i=7 → 5, i=8 → 6
    const latest = (i: number) => (i >= 8 ? 6 : i >= 7 ? 5 : i >= 4 ? 2 : 0);
    const s = scoreHead(oneHot(latest), tokens);
    expect(s.latestDelimiter).toBe(1);
    expect(labelHead(s)).toBe('latestDelimiter');
  });

  it('recognises an induction head: a repeated token looks at what followed it last time', () => {
    // tokens: the cat sat . the cat  → query 4 ("the" again) reads key 1 ("cat"), query 5 ("cat" again) reads key 2 ("sat")
    const words = ['the', ' cat', ' sat', '.', 'the', ' cat'];
    const map = words.map((_, i) => words.map((__, j) => (j === [0, 0, 1, 2, 1, 2][i] ? 1 : 0)));
    const s = scoreHead(map, words);
    expect(s.induction).toBe(1);
    expect(labelHead(s)).toBe('induction');
    // a head that reads the earlier copy itself, not its successor, scores 0
    const duplicate = words.map((_, i) => words.map((__, j) => (j === [0, 0, 1, 2, 0, 1][i] ? 1 : 0)));
    expect(scoreHead(duplicate, words).induction).toBe(0);
    expect(
      scoreHead(
        oneHot((i) => i),
        tokens,
      ).induction,
    ).toBe(0); // no repeated tokens in "ab cd, ef" but the space: query 6's earlier space is at 2, key 3 gets 0
  });

  it('calls a uniform head mixed', () => {
    const uniform = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (j <= i ? 1 / (i + 1) : 0)));
    expect(labelHead(scoreHead(uniform, tokens))).toBe('mixed');
  });

  it('knows ASCII and full-width delimiters', () => {
    for (const t of [' ', ',', '.', '，', '。', '“', '！', '."', '。”']) expect(isDelimiter(t)).toBe(true);
    for (const t of ['a', '猫', '1', ' the', '.a']) expect(isDelimiter(t)).toBe(false);
  });
});

describe('classifyHeads', () => {
  it('labels every layer × head of a trace', () => {
    const model = randomModel();
    const summary = classifyHeads(forward(model, [3, 4, 1, 5, 6, 2, 1, 7]));
    expect(summary).toHaveLength(model.config.nLayers * model.config.nHeads);
    expect(summary[0]).toMatchObject({ layer: 0, head: 0 });
  });
});
