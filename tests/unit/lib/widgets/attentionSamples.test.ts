/**
 * The attention explorer's samples each ask a question; this checks, on the shipped
 * models, that the head each sample opens on answers it: from the query word, that
 * head's strongest key is in the target word.
 */
import { describe, expect, it } from 'vitest';
import { tokenBytes } from '@/lib/model/bpe';
import { forward } from '@/lib/model/forward';
import { encode } from '@/lib/model/tokenizer';
import { samples, tokenOfWord } from '@/lib/widgets/attentionSamples';
import { readModel } from '@/scripts/model/eval';

describe.each(['en', 'zh'] as const)('%s explorer samples', (locale) => {
  const model = readModel(locale);
  it.each(samples[locale].map((s) => [s.label, s] as const))('%s: the sample’s head finds the target', (_, sample) => {
    expect(sample.text).toContain(sample.focus);
    expect(sample.text).toContain(sample.target);
    const { ids, truncated } = encode(model, sample.text);
    expect(truncated).toBe(false);
    const lengths = ids.map((id) => tokenBytes(model.bpe, id).length);
    const q = tokenOfWord(sample.text, sample.focus, lengths);
    const targetEnd = tokenOfWord(sample.text, sample.target, lengths);
    const row = forward(model, ids).layers[sample.layer - 1].attention[sample.head - 1][q];
    const strongest = row.indexOf(Math.max(...row));
    // the strongest key is a token of the target word (a word may span several tokens)
    const firstOfTarget = (() => {
      const before = new TextEncoder().encode(sample.text.slice(0, sample.text.indexOf(sample.target))).length;
      let covered = 0;
      for (let i = 0; i < lengths.length; i++) {
        if (covered >= before) return i;
        covered += lengths[i];
      }
      return lengths.length - 1;
    })();
    expect(strongest).toBeGreaterThanOrEqual(firstOfTarget);
    expect(strongest).toBeLessThanOrEqual(targetEnd);
    expect(strongest).toBeLessThan(q + 1);
  });
});
