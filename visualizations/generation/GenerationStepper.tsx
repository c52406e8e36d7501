'use client';
/**
 * `<GenerationStepper />` (what-is-an-llm, the generation loop): the reader's prompt
 * continued one token at a time, each step's path through the model animated, and
 * the key-value cache filling beside it. `compact` (getting-started, via
 * GenerationStepperCompact) keeps the text, the cache and its costs. This wrapper
 * owns the shareable state and waits for the model; GenerationView does the rest.
 */
import { ModelStatus } from '@/components/widget/ModelStatus';
import { useTinyModel } from '@/components/widget/useTinyModel';
import { useUrlState } from '@/components/widget/useUrlState';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import type { Locale } from '@/lib/i18n/locales';
import { GenerationView } from './GenerationView';
import { generationSchema } from './state';
import { generationStrings } from './strings';

export default function GenerationStepper({ locale, compact = false }: { locale: Locale; compact?: boolean }) {
  const tiny = useTinyModel(locale);
  const { state, update, rejected } = useUrlState(generationSchema[locale]);
  const t = generationStrings[locale];
  if (!tiny.model) {
    return (
      <WidgetFrame locale={locale} title={compact ? t.compactTitle : t.title} id={compact ? 'generation-compact' : 'generation-stepper'}>
        <ModelStatus locale={locale} state={tiny} minHeight={compact ? 420 : 640} />
      </WidgetFrame>
    );
  }
  return <GenerationView locale={locale} model={tiny.model} state={state} update={update} rejected={rejected} compact={compact} />;
}
