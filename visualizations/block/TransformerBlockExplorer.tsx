'use client';
/**
 * `<TransformerBlockExplorer />` for the transformer-blocks chapter: a
 * selectable diagram of one pre-LN block whose parts explain themselves
 * (what, formula, shapes, parameters) for sizes the reader sets or picks from
 * presets, the total parameter count beside the published figure, and, in a
 * second frame, the real tiny model's residual stream for a sentence. State in
 * the URL: sizes, part, sentence, the heat map's cursor. This wrapper owns state;
 * math.ts computes.
 */
import { useMemo, useRef } from 'react';
import { SlideFold } from '@/components/widget/SlideFold';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { useTinyModel } from '@/components/widget/useTinyModel';
import { useUrlState } from '@/components/widget/useUrlState';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import { compactCount } from '@/lib/widgets/format';
import type { Locale } from '@/lib/i18n/locales';
import { BlockDiagram } from './BlockDiagram';
import { BlockTotals, PartsTable } from './BlockTotals';
import { PartDetail } from './PartDetail';
import { ResidualStream } from './ResidualStream';
import { SizeControls } from './SizeControls';
import { PARTS, parameterBreakdown, partParameters, publishedBlockPresets, sameSizes, sizeProblems, type BlockPreset, type BlockSizes, type PartId } from './math';
import { blockSchema, type BlockState } from './state';
import { blockStrings } from './strings';

const toSizes = (s: BlockState): BlockSizes => ({ layers: s.layers, dModel: s.dmodel, heads: s.heads, dFF: s.dff, vocab: s.vocab, context: s.context });

export default function TransformerBlockExplorer({ locale }: { locale: Locale }) {
  const t = blockStrings[locale];
  const tiny = useTinyModel(locale);
  const { state, update, rejected } = useUrlState(blockSchema[locale]);
  const svgRef = useRef<SVGSVGElement>(null);
  const config = tiny.model?.config;
  const presets: BlockPreset[] = useMemo(() => {
    const published = publishedBlockPresets();
    if (!config) return published;
    const sizes = { layers: config.nLayers, dModel: config.dModel, heads: config.nHeads, dFF: config.dFF, vocab: config.vocabSize, context: config.contextLength };
    return [{ id: 'tiny', name: t.tinyModel, sizes, options: { outputBias: true } }, ...published];
  }, [config, t.tinyModel]);
  const sizes = toSizes(state);
  const preset = presets.find((p) => sameSizes(p.sizes, sizes));
  const options = preset?.options ?? { outputBias: false };
  const breakdown = parameterBreakdown(sizes, options);
  const counts = Object.fromEntries(PARTS.map((p) => [p, compactCount(partParameters(p, sizes, options), locale)])) as Record<PartId, string>;
  const setSizes = (patch: Partial<BlockSizes>) =>
    update({
      ...(patch.layers !== undefined && { layers: patch.layers }),
      ...(patch.dModel !== undefined && { dmodel: patch.dModel }),
      ...(patch.heads !== undefined && { heads: patch.heads }),
      ...(patch.dFF !== undefined && { dff: patch.dFF }),
      ...(patch.vocab !== undefined && { vocab: patch.vocab }),
      ...(patch.context !== undefined && { context: patch.context }),
    });
  const rejectedNotice = rejected.length ? [widgetStrings[locale].rejected(rejected)] : [];
  const problems = sizeProblems(sizes).map(() => t.headsDontDivide(sizes.dModel, sizes.heads));

  return (
    <div className="block-explorer">
      <WidgetFrame
        locale={locale}
        title={t.title}
        id="block-explorer"
        svgRef={svgRef}
        notices={[...rejectedNotice, ...problems]}
        table={<PartsTable sizes={sizes} options={options} breakdown={breakdown} locale={locale} t={t} />}
      >
        <SizeControls sizes={sizes} presets={presets} tinyReady={!!config || !!tiny.error} onChange={setSizes} locale={locale} t={t} />
        <BlockTotals breakdown={breakdown} sizes={sizes} preset={preset} locale={locale} t={t} />
        <div className="block-main">
          <div className="block-diagram-wrap">
            <BlockDiagram selected={state.part} onSelect={(part) => update({ part })} counts={counts} layers={state.layers} t={t} svgRef={svgRef} />
          </div>
          <SlideFold label={widgetStrings[locale].foldExplanation}>
            <PartDetail part={state.part} sizes={sizes} options={options} locale={locale} t={t} />
          </SlideFold>
        </div>
      </WidgetFrame>
      {/* on a slide the block is the picture; the residual stream is a second widget, behind a button (SlideFold) */}
      <SlideFold label={t.streamTitle}>
        <ResidualStream
          tiny={tiny}
          sentence={state.sentence}
          onSentence={(sentence) => update({ sentence })}
          cursor={{ stage: state.stage, token: state.token }}
          onCursor={update}
          part={state.part}
          locale={locale}
          t={t}
          notices={[]}
        />
      </SlideFold>
    </div>
  );
}
