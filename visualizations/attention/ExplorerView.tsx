'use client';
/**
 * The attention explorer once the model is loaded: runs the model on the
 * reader's sentence (in the model worker, so typing stays responsive), picks the chosen
 * head's weights (or recomputes them under the "what if" settings), and lays
 * out the sentence box, the view controls, the token buttons, the picture, a
 * one-line summary and the step-through. All maths is memoised on its inputs.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { SlideFold } from '@/components/widget/SlideFold';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { useOnSlide } from '@/components/widget/widgetInstance';
import { useElementWidth } from '@/components/widget/hooks';
import { useModelAttention } from '@/components/widget/useModelTask';
import { inputNotices, type ModelViewProps } from '@/components/widget/useModelWidget';
import { classifyHeads } from '@/lib/model/headPatterns';
import { fixed } from '@/lib/widgets/format';
import { ArcView } from '@/components/widget/attention/ArcView';
import { MAX_TEXT, selectedToken, whatIfOf, type ExplorerState } from './explorerState';
import { HeadOverview } from './HeadOverview';
import { HeatmapView } from '@/components/widget/attention/HeatmapView';
import { headWeights, isWhatIf, type WhatIf } from './math';
import { topKeys } from '@/lib/widgets/attentionGeometry';
import { DeferredStepThrough } from './DeferredStepThrough';
import { PlayThrough } from './PlayThrough';
import { sampleFor, samples, type Sample } from '@/lib/widgets/attentionSamples';
import { tokenBytes } from '@/lib/model/bpe';
import { SentenceInput } from '@/components/widget/attention/SentenceInput';
import { attentionStrings } from './strings';
import { tokenName, type View } from '@/components/widget/attention/strings';
import { TokenStrip } from './TokenStrip';
import { ViewControls } from '@/components/widget/attention/ViewControls';
import { WeightsTable } from './WeightsTable';
import { WhatIfControls } from './WhatIfControls';

/** The room a slide has for the picture under the controls, in the widget's px: the heat map and the all-heads maps shrink to it, as the arcs fit it. */
const SLIDE_PICTURE_HEIGHT = 250;

export function ExplorerView({ locale, model, state, update, rejected }: ModelViewProps<ExplorerState>) {
  const t = attentionStrings[locale];
  const box = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const lastDetail = useRef<View>('arcs');
  const width = useElementWidth(box, 640);
  const [preview, setPreview] = useState<number | null>(null);

  const { encoded, trace, ask } = useModelAttention(model, state.sentence);
  const tokens = encoded.tokens;
  const n = tokens.length;
  const byteLengths = useMemo(() => encoded.ids.map((id) => tokenBytes(model.bpe, id).length), [encoded, model]);
  const sample = sampleFor(locale, state.sentence);
  // the sample's own head is open: say what the reader sees there
  const sampleWhy = sample && state.layer === sample.layer && state.head === sample.head && state.focus === 0 ? sample.why : null;
  const { nLayers, nHeads, contextLength } = model.config;
  const layer = Math.min(state.layer, nLayers) - 1;
  const head = Math.min(state.head, nHeads) - 1;
  const view = state.view;
  const { temperature, mask } = state;
  const whatIf = useMemo(() => whatIfOf({ temperature, mask }), [temperature, mask]);
  const setWhatIf = useCallback((w: WhatIf) => update({ temperature: w.temperature, mask: w.causal }), [update]);
  const setStep = useCallback((step: number) => update({ step: step + 1 }), [update]);
  if (view !== 'heads') lastDetail.current = view;

  const layerTrace = trace.layers[layer];
  const vectors = useMemo(() => (layerTrace ? { q: layerTrace.q[head], k: layerTrace.k[head], v: layerTrace.v[head] } : null), [layerTrace, head]);
  const weights = useMemo(() => (vectors && layerTrace ? headWeights(layerTrace.attention[head], vectors, whatIf) : []), [layerTrace, vectors, head, whatIf]);
  const selected = selectedToken(state, locale, byteLengths);
  const active = preview !== null && preview < n ? preview : selected;
  // a clicker press before the step-through is drawn picks the stage it opens on
  const stepsExpected = view !== 'heads' && n > 0 && selected < n;
  // on a slide the step-through is folded: the clicker's first press opens it (SlideFold)
  const onSlide = useOnSlide();
  const [stepsOpen, setStepsOpen] = useState(false);
  const overview = useMemo(() => {
    if (view !== 'heads' || n === 0) return null;
    const maps = trace.layers.map((l) => l.attention.map((real, h) => headWeights(real, { q: l.q[h], k: l.k[h], v: l.v[h] }, whatIf)));
    const patterns: string[][] = maps.map((heads) => heads.map(() => ''));
    for (const s of classifyHeads(trace)) patterns[s.layer][s.head] = t.patterns[s.label];
    return { maps, patterns };
  }, [view, n, trace, whatIf, t]);

  const name = (i: number) => t.tokenAt(tokenName(tokens[i], locale), i + 1);
  const row = weights[active] ?? [];
  const summary =
    n === 0
      ? t.emptyHint
      : t.summary(
          name(active),
          topKeys(row, 3)
            .map((k) => `${name(k.index)} ${fixed(k.weight, 2)}`)
            .join(t.listJoin),
        );
  const notices = inputNotices(locale, model, { rejected, text: state.sentence, truncated: encoded.truncated ? t.truncated(contextLength) : null });
  const select = useCallback((i: number) => update({ focus: i + 1 }), [update]);
  // the pass starts at once: in place if it is cheap, drawn with the keystroke; else in the worker, while React renders the keystroke
  const setSentence = useCallback(
    (text: string) => {
      const sentence = text.slice(0, MAX_TEXT);
      ask(sentence);
      update({ sentence });
    },
    [ask, update],
  );
  const openSample = useCallback(
    (sample: Sample) => {
      ask(sample.text);
      update({ sentence: sample.text, focus: 0, layer: sample.layer, head: sample.head });
    },
    [ask, update],
  );
  const openHead = useCallback((l: number, h: number) => update({ layer: l + 1, head: h + 1, view: lastDetail.current }), [update]);
  const label = `${t.layerHead(layer + 1, head + 1)}. ${summary}`;
  const playThrough = view !== 'heads' && <PlayThrough locale={locale} layer={layer + 1} head={head + 1} nLayers={nLayers} nHeads={nHeads} onChange={update} />;

  return (
    <WidgetFrame
      locale={locale}
      title={t.title}
      id="attention-explorer"
      svgRef={svgRef}
      notices={notices}
      table={n > 0 ? () => <WeightsTable locale={locale} tokens={tokens} weights={weights} layer={layer} head={head} causal={whatIf.causal} /> : undefined}
    >
      <div ref={box} className="attn" data-what-if={isWhatIf(whatIf) || undefined}>
        <SentenceInput locale={locale} value={state.sentence} samples={samples[locale]} onChange={setSentence} onSample={openSample} />
        <ViewControls locale={locale} view={view} layer={layer + 1} head={head + 1} nLayers={nLayers} nHeads={nHeads} onChange={update} />
        {!onSlide && playThrough}
        {n === 0 ? (
          <p className="attn-empty">{t.emptyHint}</p>
        ) : (
          <>
            <TokenStrip locale={locale} tokens={tokens} selected={selected} active={active} weights={row} onSelect={select} onPreview={setPreview} />
            <div className="attn-picture" data-tokens={n} data-view={view}>
              {view === 'arcs' && <ArcView locale={locale} tokens={tokens} weights={weights} active={active} width={width} label={label} svgRef={svgRef} />}
              {view === 'heatmap' && (
                <HeatmapView
                  locale={locale}
                  tokens={tokens}
                  weights={weights}
                  active={active}
                  causal={whatIf.causal}
                  width={width}
                  maxHeight={onSlide ? SLIDE_PICTURE_HEIGHT : undefined}
                  label={label}
                  svgRef={svgRef}
                  onSelect={select}
                  onPreview={setPreview}
                />
              )}
              {view === 'heads' && overview && (
                <HeadOverview
                  locale={locale}
                  maps={overview.maps}
                  patterns={overview.patterns}
                  layer={layer}
                  head={head}
                  width={width}
                  maxHeight={onSlide ? SLIDE_PICTURE_HEIGHT : undefined}
                  label={t.overviewHint}
                  svgRef={svgRef}
                  onOpen={openHead}
                />
              )}
            </div>
            <p className="attn-summary">{view === 'heads' ? t.overviewHint : summary}</p>
            {/* a slide shows the picture and the controls above; the rest folds (SlideFold) */}
            <div className="slide-folds">
              <SlideFold label={widgetStrings[locale].foldDetails}>
                {onSlide && playThrough}
                {sampleWhy && view !== 'heads' && <p className="attn-why">{sampleWhy}</p>}
                <p className="attn-caption">
                  {view === 'arcs' ? `${t.arcsCaption} ` : ''}
                  {t.modelNote(nLayers, nHeads, model.config.dModel)}
                </p>
                <WhatIfControls locale={locale} value={whatIf} onChange={setWhatIf} />
              </SlideFold>
              <SlideFold label={t.stepTitle} opensOnStep open={stepsOpen} onOpenChange={setStepsOpen}>
                <DeferredStepThrough
                  locale={locale}
                  vectors={vectors}
                  tokens={tokens}
                  selected={selected}
                  layer={layer}
                  head={head}
                  whatIf={whatIf}
                  expected={stepsExpected && (!onSlide || stepsOpen)}
                  root={box}
                  step={state.step - 1}
                  onStep={setStep}
                />
              </SlideFold>
            </div>
          </>
        )}
      </div>
    </WidgetFrame>
  );
}
