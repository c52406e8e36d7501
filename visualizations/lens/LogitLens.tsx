'use client';
/**
 * `<LogitLens />` (transformer-blocks): for the reader's sentence, what every depth
 * of the model would predict next at every position. This wrapper owns the
 * shareable state and waits for the model; LensView does the rest.
 */
import { ModelLoadingFrame } from '@/components/widget/ModelStatus';
import { useModelWidget } from '@/components/widget/useModelWidget';
import type { Locale } from '@/lib/i18n/locales';
import { LensView } from './LensView';
import { lensSchema } from './state';
import { lensStrings } from './strings';

export default function LogitLens({ locale }: { locale: Locale }) {
  const { tiny, state, update, rejected } = useModelWidget(locale, lensSchema[locale]);
  if (!tiny.model) {
    return <ModelLoadingFrame locale={locale} title={lensStrings[locale].title} id="logit-lens" state={tiny} minHeight={420} />;
  }
  return <LensView locale={locale} model={tiny.model} state={state} update={update} rejected={rejected} />;
}
