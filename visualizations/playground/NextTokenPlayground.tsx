'use client';
/**
 * `<NextTokenPlayground />` for the what-is-an-llm chapter: type a prompt, see
 * the tiny model's most likely next characters, reshape them with temperature
 * and top-k, and generate greedily or by seeded sampling. This wrapper owns
 * the shareable state (prompt, temperature, topk, mode, seed, generated, and the
 * token whose distribution is shown) and waits for the model; PlaygroundView does the rest.
 */
import { ModelLoadingFrame } from '@/components/widget/ModelStatus';
import { useModelWidget } from '@/components/widget/useModelWidget';
import type { Locale } from '@/lib/i18n/locales';
import type { TinyModel } from '@/lib/model/types';
import { PlaygroundView } from './PlaygroundView';
import { checkAgainstVocab, checkPosition, playgroundSchema, type PlaygroundState } from './state';
import { playgroundStrings } from './strings';

/** A top-k past the vocabulary, and a chosen token past the one to come, go back to their defaults. */
function checkLink(state: PlaygroundState, model: TinyModel) {
  const vocab = checkAgainstVocab(state, model.config.vocabSize);
  const position = checkPosition(state);
  return { patch: { ...vocab.patch, ...position.patch }, rejected: [...vocab.rejected, ...position.rejected] };
}

export default function NextTokenPlayground({ locale }: { locale: Locale }) {
  const { tiny, state, update, rejected } = useModelWidget(locale, playgroundSchema[locale], checkLink);
  if (!tiny.model) {
    return <ModelLoadingFrame locale={locale} title={playgroundStrings[locale].title} id="next-token-playground" state={tiny} minHeight={560} />;
  }
  return <PlaygroundView locale={locale} model={tiny.model} state={state} update={update} rejected={rejected} />;
}
