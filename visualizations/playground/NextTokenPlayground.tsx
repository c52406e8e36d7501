'use client';
/**
 * `<NextTokenPlayground />` for the what-is-an-llm chapter: type a prompt, see
 * the tiny model's most likely next characters, reshape them with temperature
 * and top-k, and generate greedily or by seeded sampling. This wrapper owns
 * the shareable state (prompt, temperature, topk, mode, seed, generated, and the
 * token whose distribution is shown) and waits for the model; PlaygroundView does the rest.
 */
import { ModelStatus } from '@/components/widget/ModelStatus';
import { useTinyModel } from '@/components/widget/useTinyModel';
import { useUrlState } from '@/components/widget/useUrlState';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import type { Locale } from '@/lib/i18n/locales';
import { PlaygroundView } from './PlaygroundView';
import { playgroundSchema } from './state';
import { playgroundStrings } from './strings';

export default function NextTokenPlayground({ locale }: { locale: Locale }) {
  const tiny = useTinyModel(locale);
  const { state, update, rejected, ready } = useUrlState(playgroundSchema[locale]);
  if (!tiny.model) {
    return (
      <WidgetFrame locale={locale} title={playgroundStrings[locale].title} id="next-token-playground">
        <ModelStatus locale={locale} state={tiny} minHeight={560} />
      </WidgetFrame>
    );
  }
  return <PlaygroundView locale={locale} model={tiny.model} state={state} update={update} rejected={rejected} urlReady={ready} />;
}
