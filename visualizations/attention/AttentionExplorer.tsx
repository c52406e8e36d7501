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
import { ModelLoadingFrame } from '@/components/widget/ModelStatus';
import { useModelWidget } from '@/components/widget/useModelWidget';
import type { Locale } from '@/lib/i18n/locales';
import { encode } from '@/lib/model/tokenizer';
import type { TinyModel } from '@/lib/model/types';
import { checkAgainstModel, explorerSchema, type ExplorerState } from './explorerState';
import { ExplorerView } from './ExplorerView';
import { usePendingSteps } from './usePendingSteps';
import { attentionStrings } from './strings';

const checkLink = (state: ExplorerState, model: TinyModel) => checkAgainstModel(state, model.config, encode(model, state.sentence).ids.length);

export default function AttentionExplorer({ locale }: { locale: Locale }) {
  const { tiny, state, update, rejected } = useModelWidget(locale, explorerSchema[locale], checkLink);
  const loading = useRef<HTMLDivElement>(null);
  const openAt = useCallback((step: number) => update({ step: step + 1 }), [update]);
  usePendingSteps(loading, !tiny.model && !tiny.error, state.step - 1, openAt);
  if (!tiny.model) {
    return <ModelLoadingFrame locale={locale} title={attentionStrings[locale].title} id="attention-explorer" state={tiny} minHeight={520} statusRef={loading} />;
  }
  return <ExplorerView locale={locale} model={tiny.model} state={state} update={update} rejected={rejected} />;
}
