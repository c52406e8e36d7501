/**
 * The sentences the widgets offer to run through the tiny models are spelled in each
 * model's own characters and merges: none falls back to byte tokens, so a reader who opens
 * a sample sees words, not <0xE5> (a vocabulary that shrinks can drop a character a sample
 * uses, as the Chinese one did when it went from 2,350 characters to 1,900).
 */
import { describe, expect, it } from 'vitest';
import { BYTE_TOKENS, bpeEncode } from '@/lib/model/bpe';
import { samples } from '@/lib/widgets/attentionSamples';
import { readModel } from '@/scripts/model/eval';
import { prompts as generationPrompts } from '@/visualizations/generation/state';
import { gallerySamples } from '@/visualizations/heads/samples';
import { sentences as lensSentences } from '@/visualizations/lens/state';
import { prompts as playgroundPrompts } from '@/visualizations/playground/state';

describe.each(['en', 'zh'] as const)('%s widget samples', (locale) => {
  const model = readModel(locale);
  const texts = [...samples[locale].map((s) => s.text), ...gallerySamples[locale].map((s) => s.text), ...lensSentences[locale], ...generationPrompts[locale], ...playgroundPrompts[locale]];
  it.each(texts)('“%s” needs no byte token', (text) => {
    const bytes = bpeEncode(model.bpe, text).filter((id) => id < BYTE_TOKENS);
    expect(bytes).toEqual([]);
  });
});
