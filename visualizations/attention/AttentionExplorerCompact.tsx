'use client';
/**
 * `<AttentionExplorerCompact />` for the transformer-blocks chapter: one sample
 * sentence, a layer and head selector and the heatmap, beside a strip of the
 * block's sublayers with the attention sublayer of the chosen block marked, so
 * the reader sees where these weights are computed. Layer, head and the chosen
 * query row are in the link (compactSchema).
 */
import { useMemo, useRef, useState } from 'react';
import { useUrlState } from '@/components/widget/useUrlState';
import { ModelStatus } from '@/components/widget/ModelStatus';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { useElementWidth } from '@/components/widget/hooks';
import { useOnSlide } from '@/components/widget/widgetInstance';
import { measuredForward, useTinyModel } from '@/components/widget/useTinyModel';
import { encode } from '@/lib/model/tokenizer';
import type { Locale } from '@/lib/i18n/locales';
import { punctuation } from '@/lib/i18n/punctuation';
import { compactSchema } from './explorerState';
import { HeatmapView } from '@/components/widget/attention/HeatmapView';
import { samples } from '@/lib/widgets/attentionSamples';
import { attentionStrings } from './strings';
import { PlayThrough } from './PlayThrough';
import { ViewControls } from '@/components/widget/attention/ViewControls';
import { WeightsTable } from './WeightsTable';

/** Space between the two columns on a slide, in px, and the heat map's share of the rest (attention.css: 44fr 56fr). */
const SLIDE_COLUMN_GAP = 20;
const SLIDE_PICTURE_SHARE = 0.56;
export default function AttentionExplorerCompact({ locale }: { locale: Locale }) {
  const t = attentionStrings[locale];
  const tiny = useTinyModel(locale);
  const box = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(box, 640);
  // on a slide the heat map stands at the right, beside the controls and the block (attention.css)
  const onSlide = useOnSlide();
  const { state: url, update } = useUrlState(compactSchema);
  const [preview, setPreview] = useState<number | null>(null);
  const model = tiny.model;
  const sentence = samples[locale][0].text;
  const run = useMemo(() => {
    if (!model) return null;
    const encoded = encode(model, sentence);
    return { tokens: encoded.tokens, trace: measuredForward(model, encoded.ids) };
  }, [model, sentence]);
  if (!model || !run) {
    return (
      <WidgetFrame locale={locale} title={t.compactTitle} id="attention-compact">
        <ModelStatus locale={locale} state={tiny} minHeight={420} />
      </WidgetFrame>
    );
  }
  const { nLayers, nHeads } = model.config;
  const choice = { layer: Math.min(url.layer, nLayers), head: Math.min(url.head, nHeads) };
  const n = run.tokens.length;
  const selected = url.query > 0 ? Math.min(url.query, n) - 1 : n - 1;
  const weights = run.trace.layers[choice.layer - 1].attention[choice.head - 1];
  const choose = (patch: { layer?: number; head?: number }) => update(patch);
  const stages = [t.block.ln1, t.block.attention, t.block.add, t.block.ln2, t.block.ffn, t.block.add] as const;
  return (
    <WidgetFrame
      locale={locale}
      title={t.compactTitle}
      id="attention-compact"
      svgRef={svgRef}
      table={() => <WeightsTable locale={locale} tokens={run.tokens} weights={weights} layer={choice.layer - 1} head={choice.head - 1} causal />}
    >
      <div ref={box} className="attn attn-compact">
        <p className="attn-compact-sentence">{sentence}</p>
        <ViewControls locale={locale} layer={choice.layer} head={choice.head} nLayers={nLayers} nHeads={nHeads} onChange={choose} />
        <PlayThrough locale={locale} layer={choice.layer} head={choice.head} nLayers={nLayers} nHeads={nHeads} onChange={choose} />
        <figure className="attn-block">
          {Array.from({ length: nLayers }, (_, l) => (
            <div key={l} className="attn-block-row" data-chosen={l === choice.layer - 1 || undefined}>
              <span className="attn-block-name">{t.block.name(l + 1)}</span>
              <ol className="attn-block-stages">
                {stages.map((stage, i) => (
                  <li key={i}>
                    <span className="attn-block-stage" data-here={(i === 1 && l === choice.layer - 1) || undefined}>
                      {stage}
                    </span>
                  </li>
                ))}
              </ol>
            </div>
          ))}
          <figcaption>
            {t.layerHead(choice.layer, choice.head)} · {t.blockCaption}
          </figcaption>
        </figure>
        <div className="attn-picture" data-tokens={n}>
          <HeatmapView
            locale={locale}
            tokens={run.tokens}
            weights={weights}
            active={preview ?? selected}
            causal
            width={Math.min(onSlide ? Math.floor((width - SLIDE_COLUMN_GAP) * SLIDE_PICTURE_SHARE) : width, 560)}
            maxCell={22}
            label={`${t.layerHead(choice.layer, choice.head)}${punctuation[locale].colon}${t.tableCaption(choice.layer, choice.head)}`}
            svgRef={svgRef}
            onSelect={(i) => update({ query: i + 1 })}
            onPreview={setPreview}
          />
        </div>
      </div>
    </WidgetFrame>
  );
}
