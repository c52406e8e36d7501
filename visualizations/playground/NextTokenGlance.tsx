'use client';
/**
 * `<NextTokenGlance />`, the home page's instrument: the reader types, and the real tiny
 * model shows its most likely next tokens (the playground's bar chart) and where the
 * last token attends (the attention explorer's arcs, for a layer and head the reader
 * picks, the last layer by default). The model's work is memoised on the deferred text,
 * so typing stays responsive.
 */
import { useDeferredValue, useMemo, useRef } from 'react';
import { ModelStatus } from '@/components/widget/ModelStatus';
import { useElementWidth } from '@/components/widget/hooks';
import { measuredForward, useTinyModel } from '@/components/widget/useTinyModel';
import { useUrlState } from '@/components/widget/useUrlState';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import type { Locale } from '@/lib/i18n/locales';
import { encode } from '@/lib/model/tokenizer';
import type { TinyModel } from '@/lib/model/types';
import { ArcView } from '@/components/widget/attention/ArcView';
import { tokenName } from '@/components/widget/attention/strings';
import { ViewControls } from '@/components/widget/attention/ViewControls';
import { glanceSchema, type GlanceState } from './glanceState';
import { glanceStrings } from './glanceStrings';
import { distributions, topTokens } from './math';
import { ProbabilityBars } from './ProbabilityBars';
import { playgroundStrings } from './strings';

/** Bars shown: enough to see the spread, few enough for the first screen. */
const ROWS = 5;

export default function NextTokenGlance({ locale }: { locale: Locale }) {
  const tiny = useTinyModel(locale);
  const url = useUrlState(glanceSchema[locale]);
  const t = glanceStrings[locale];
  if (!tiny.model) {
    return (
      <WidgetFrame locale={locale} level={2} title={t.title} id="next-token-glance">
        <ModelStatus locale={locale} state={tiny} minHeight={300} />
      </WidgetFrame>
    );
  }
  return <GlanceView locale={locale} model={tiny.model} state={url.state} update={url.update} rejected={url.rejected} />;
}

interface GlanceViewProps {
  locale: Locale;
  model: TinyModel;
  state: GlanceState;
  update: (patch: Partial<GlanceState>) => void;
  rejected: string[];
}

function GlanceView({ locale, model, state, update, rejected }: GlanceViewProps) {
  const t = glanceStrings[locale];
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box, 640);
  const text = useDeferredValue(state.text);
  const { nLayers, nHeads, contextLength } = model.config;
  // the model reads at most its context: the last tokens of a long text
  const input = useMemo(() => {
    const encoded = encode(model, text);
    return { ids: encoded.ids.slice(-contextLength), tokens: encoded.tokens.slice(-contextLength) };
  }, [model, text, contextLength]);
  const { tokens } = input;
  const trace = useMemo(() => (input.ids.length ? measuredForward(model, input.ids) : null), [model, input]);
  const layer = Math.min(state.layer || nLayers, nLayers);
  const head = Math.min(state.head, nHeads);
  const rows = useMemo(() => {
    if (!trace) return [];
    const logits = trace.logits[trace.logits.length - 1];
    const dist = distributions(logits, { temperature: 1, topK: 0 });
    return topTokens(logits, dist.model, dist.shaped, ROWS);
  }, [trace]);
  const weights = trace ? trace.layers[layer - 1].attention[head - 1] : [];
  const last = tokens.length - 1;
  const side = width >= 720;
  const column = side ? Math.floor((width - 24) / 2) : width;
  const notices = rejected.length ? [widgetStrings[locale].rejected(rejected)] : [];
  return (
    <WidgetFrame locale={locale} level={2} title={t.title} id="next-token-glance" notices={notices}>
      <div ref={box} className="glance">
        <p className="glance-intro">{t.intro}</p>
        <label className="glance-input">
          <span>{t.inputLabel}</span>
          <input type="text" value={state.text} spellCheck={false} autoComplete="off" onChange={(e) => update({ text: e.target.value })} />
        </label>
        {!trace ? (
          <p className="glance-empty">{t.emptyHint}</p>
        ) : (
          <div className="glance-panels" data-side={side || undefined}>
            <section className="glance-panel" aria-label={t.nextTitle}>
              <h3>{t.nextTitle}</h3>
              <ProbabilityBars locale={locale} rows={rows} vocab={model.vocab} chosen={null} width={column} label={playgroundStrings[locale].chartLabel(t.chartContext, ROWS)} />
            </section>
            <section className="glance-panel" aria-label={t.attentionTitle}>
              <h3>{t.attentionTitle}</h3>
              <ViewControls locale={locale} layer={layer} head={head} nLayers={nLayers} nHeads={nHeads} onChange={(patch) => update(patch)} />
              <ArcView locale={locale} tokens={tokens} weights={weights} active={last} width={column} label={t.arcsLabel(layer, head)} />
              <p className="glance-note">{t.attentionNote(tokenName(tokens[last], locale))}</p>
            </section>
          </div>
        )}
      </div>
    </WidgetFrame>
  );
}
