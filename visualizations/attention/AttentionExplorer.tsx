'use client';
/**
 * `<AttentionExplorer />` for the self-attention chapter: what each head of the
 * real tiny model attends to on the reader's own sentence, and how one query's
 * weights are computed. This wrapper owns the shareable state (in the URL:
 * sentence, layer, head, focus, view) and waits for the model; ExplorerView
 * does the rest. A clicker press while the model loads picks the stage the
 * step-through opens on (usePendingSteps), as it does while the first trace computes.
 */
import { useCallback, useRef } from 'react';
import { ModelStatus } from '@/components/widget/ModelStatus';
import { useTinyModel } from '@/components/widget/useTinyModel';
import { useUrlState } from '@/components/widget/useUrlState';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import type { Locale } from '@/lib/i18n/locales';
import { explorerSchema } from './explorerState';
import { ExplorerView } from './ExplorerView';
import { usePendingSteps } from './usePendingSteps';
import { attentionStrings } from './strings';

export default function AttentionExplorer({ locale }: { locale: Locale }) {
  const tiny = useTinyModel(locale);
  const { state, update, rejected, ready } = useUrlState(explorerSchema[locale]);
  const loading = useRef<HTMLDivElement>(null);
  const openAt = useCallback((step: number) => update({ step: step + 1 }), [update]);
  usePendingSteps(loading, !tiny.model && !tiny.error, state.step - 1, openAt);
  if (!tiny.model) {
    return (
      <WidgetFrame locale={locale} title={attentionStrings[locale].title} id="attention-explorer">
        <div ref={loading}>
          <ModelStatus locale={locale} state={tiny} minHeight={520} />
        </div>
      </WidgetFrame>
    );
  }
  return <ExplorerView locale={locale} model={tiny.model} state={state} update={update} rejected={rejected} urlReady={ready} />;
}
