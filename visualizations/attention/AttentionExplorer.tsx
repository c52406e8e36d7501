'use client';
/**
 * `<AttentionExplorer />` for the self-attention chapter: what each head of the
 * real tiny model attends to on the reader's own sentence, and how one query's
 * weights are computed. This wrapper owns the shareable state (in the URL:
 * sentence, layer, head, focus, view) and waits for the model; ExplorerView
 * does the rest.
 */
import { ModelStatus } from '@/components/widget/ModelStatus';
import { useTinyModel } from '@/components/widget/useTinyModel';
import { useUrlState } from '@/components/widget/useUrlState';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import type { Locale } from '@/lib/i18n/locales';
import { explorerSchema } from './explorerState';
import { ExplorerView } from './ExplorerView';
import { attentionStrings } from './strings';

export default function AttentionExplorer({ locale }: { locale: Locale }) {
  const tiny = useTinyModel(locale);
  const { state, update, rejected, ready } = useUrlState(explorerSchema[locale]);
  if (!tiny.model) {
    return (
      <WidgetFrame locale={locale} title={attentionStrings[locale].title} id="attention-explorer">
        <ModelStatus locale={locale} state={tiny} minHeight={520} />
      </WidgetFrame>
    );
  }
  return <ExplorerView locale={locale} model={tiny.model} state={state} update={update} rejected={rejected} urlReady={ready} />;
}
