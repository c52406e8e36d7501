'use client';
/**
 * `<LogitLens />` (transformer-blocks): for the reader's sentence, what every depth
 * of the model would predict next at every position. This wrapper owns the
 * shareable state and waits for the model; LensView does the rest.
 */
import { ModelStatus } from '@/components/widget/ModelStatus';
import { useTinyModel } from '@/components/widget/useTinyModel';
import { useUrlState } from '@/components/widget/useUrlState';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import type { Locale } from '@/lib/i18n/locales';
import { LensView } from './LensView';
import { lensSchema } from './state';
import { lensStrings } from './strings';

export default function LogitLens({ locale }: { locale: Locale }) {
  const tiny = useTinyModel(locale);
  const { state, update, rejected } = useUrlState(lensSchema[locale]);
  if (!tiny.model) {
    return (
      <WidgetFrame locale={locale} title={lensStrings[locale].title} id="logit-lens">
        <ModelStatus locale={locale} state={tiny} minHeight={420} />
      </WidgetFrame>
    );
  }
  return <LensView locale={locale} model={tiny.model} state={state} update={update} rejected={rejected} />;
}
