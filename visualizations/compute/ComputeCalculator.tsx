'use client';
/**
 * The training compute calculator: the reader sets N and D (or picks a model),
 * the accelerator, utilisation, cluster size and price, and reads compute,
 * wall-clock time and cost with their formulas, a log-scale chart of the
 * presets, and the often-quoted 12-million estimate beside the calculator's. Every
 * input lives in the URL. This wrapper owns state and layout; math.ts computes.
 */
import { useMemo, useRef } from 'react';
import { SlideFold } from '@/components/widget/SlideFold';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { useElementWidth } from '@/components/widget/hooks';
import { useUrlState } from '@/components/widget/useUrlState';
import { accelerators } from '@/lib/data/accelerators';
import { punctuation } from '@/lib/i18n/punctuation';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import type { Locale } from '@/lib/i18n/locales';
import { ComputeChart } from './ComputeChart';
import { ComputeExplanation, ComputeResults } from './ComputeResults';
import { ComputeTable } from './ComputeTable';
import { QuantityField } from '@/components/widget/QuantityField';
import { count, duration, money } from './formatting';
import { SCENARIOS, acceleratorFor, acceleratorPeak, estimate, publishedPresets, trainingFlops, type ComputeInputs, type ModelPreset } from './math';
import { computeSchema } from './state';
import { computeStrings } from './strings';
import { useTinyPreset } from './useTinyPreset';

export default function ComputeCalculator({ locale }: { locale: Locale }) {
  const t = computeStrings[locale];
  const p = punctuation[locale];
  const { state, update, rejected } = useUrlState(computeSchema);
  const box = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(box);
  const tiny = useTinyPreset(locale, t.tinyModel);

  const inputs: ComputeInputs = useMemo(
    () => ({ n: state.n, d: state.d, peakFlops: state.peak * 1e12, utilisation: state.util / 100, gpus: state.gpus, pricePerHour: state.price }),
    [state.n, state.d, state.peak, state.util, state.gpus, state.price],
  );
  const result = useMemo(() => estimate(inputs), [inputs]);
  const published = useMemo(() => publishedPresets(), []);
  const presets: ModelPreset[] = useMemo(() => (tiny ? [tiny, ...published] : published), [tiny, published]);
  const gpt3 = useMemo(() => estimate({ ...inputs, ...pick(published, 'gpt-3') }), [inputs, published]);
  const matching = presets.find((p) => p.n === state.n && p.d === state.d);
  const rows = [...presets.map((p) => ({ id: p.id, label: p.name, short: p.short, n: p.n, d: p.d })), ...(matching ? [] : [{ id: 'current', label: t.yours, short: t.yours, n: state.n, d: state.d }])];
  const accelerator = acceleratorFor(inputs.peakFlops) ?? 'custom';
  const notices = rejected.length ? [widgetStrings[locale].rejected(rejected)] : [];

  return (
    <WidgetFrame
      locale={locale}
      title={t.title}
      id="compute-calculator"
      svgRef={svgRef}
      notices={notices}
      table={<ComputeTable rows={rows} inputs={inputs} locale={locale} notation={state.notation} t={t} />}
    >
      <div ref={box} className="compute-root">
        <div className="compute-controls">
          <fieldset className="compute-group">
            <legend>{t.model}</legend>
            <div className="compute-buttons" role="group" aria-label={t.model}>
              {tiny === undefined && (
                <button type="button" className="widget-button" disabled>
                  {t.tinyLoading}
                </button>
              )}
              {presets.map((p) => (
                <button key={p.id} type="button" className="widget-button" aria-pressed={matching?.id === p.id} onClick={() => update({ n: p.n, d: p.d })}>
                  {p.short}
                </button>
              ))}
            </div>
            <div className="compute-fields">
              <QuantityField
                label={t.parameters}
                value={state.n}
                onChange={(n) => update({ n })}
                locale={locale}
                short
                min={1}
                max={1e16}
                help={`= ${count(state.n, locale, state.notation)} · ${t.quantityHelp}`}
                invalidMessage={t.invalidQuantity}
              />
              <QuantityField
                label={t.tokens}
                value={state.d}
                onChange={(d) => update({ d })}
                locale={locale}
                short
                min={1}
                max={1e17}
                help={`= ${count(state.d, locale, state.notation)}`}
                invalidMessage={t.invalidQuantity}
              />
            </div>
          </fieldset>
          <fieldset className="compute-group">
            <legend>{t.hardware}</legend>
            <div className="compute-buttons" role="group" aria-label={t.scenarios}>
              {SCENARIOS.map((s) => {
                const peak = acceleratorPeak(s.acceleratorId) / 1e12;
                const active = state.peak === peak && Math.abs(state.util - s.utilisation * 100) < 1e-9 && state.gpus === s.gpus && state.price === s.pricePerHour;
                return (
                  <button
                    key={s.id}
                    type="button"
                    className="widget-button"
                    aria-pressed={active}
                    onClick={() => update({ peak, util: Math.round(s.utilisation * 1000) / 10, gpus: s.gpus, price: s.pricePerHour })}
                  >
                    {t.scenario[s.id]}
                  </button>
                );
              })}
            </div>
            <SlideFold label={widgetStrings[locale].foldSettings}>
              <div className="compute-fields">
                <div className="compute-field">
                  <label htmlFor="compute-accelerator">{t.accelerator}</label>
                  <select id="compute-accelerator" value={accelerator} onChange={(e) => e.target.value !== 'custom' && update({ peak: acceleratorPeak(e.target.value) / 1e12 })}>
                    {accelerators.map((a) => (
                      <option key={a.id} value={a.id}>{`${a.name} (${a.peakFlops / 1e12} TFLOP/s)`}</option>
                    ))}
                    <option value="custom" disabled={accelerator !== 'custom'}>
                      {t.custom}
                    </option>
                  </select>
                </div>
                <QuantityField label={t.peak} value={state.peak} onChange={(peak) => update({ peak })} locale={locale} min={0.001} max={1e6} invalidMessage={t.invalidQuantity} />
                <div className="compute-field">
                  <label htmlFor="compute-util">{t.utilisation}</label>
                  <div className="compute-slider-row">
                    <input
                      id="compute-util"
                      type="range"
                      min={1}
                      max={100}
                      step={1}
                      value={Math.round(state.util)}
                      onChange={(e) => update({ util: Number(e.target.value) })}
                      aria-valuetext={`${state.util}%`}
                    />
                    <output htmlFor="compute-util">{state.util}%</output>
                  </div>
                </div>
                <QuantityField label={t.gpus} value={state.gpus} onChange={(gpus) => update({ gpus })} locale={locale} integer min={1} max={10_000_000} invalidMessage={t.invalidQuantity} />
                <QuantityField label={t.price} value={state.price} onChange={(price) => update({ price })} locale={locale} min={0.000001} max={10_000} invalidMessage={t.invalidQuantity} />
              </div>
            </SlideFold>
          </fieldset>
          <div className="compute-buttons" role="group" aria-label={t.notation}>
            <span className="compute-group-label" aria-hidden="true">
              {t.notation}
              {p.colon.trim()}
            </span>
            <button type="button" className="widget-button" aria-pressed={state.notation === 'words'} onClick={() => update({ notation: 'words' })}>
              {t.words}
            </button>
            <button type="button" className="widget-button" aria-pressed={state.notation === 'sci'} onClick={() => update({ notation: 'sci' })}>
              {t.scientific}
            </button>
          </div>
        </div>
        <p className="sr-only" aria-live="polite">
          {[
            `${t.compute}${p.colon}${count(result.flops, locale, state.notation)} ${t.flop}${p.period}`,
            `${t.time}${p.colon}${duration(result.seconds, locale, t)}${p.period}`,
            `${t.cost}${p.colon}${money(result.cost, locale, state.notation, t)}${p.period}`,
          ].join(locale === 'zh' ? '' : ' ')}
        </p>
        <ComputeResults inputs={inputs} result={result} locale={locale} notation={state.notation} t={t} />
        {/* a slide shows the inputs and the three results; the comparison and the chart fold (SlideFold) */}
        <div className="slide-folds">
          <SlideFold label={widgetStrings[locale].foldExplanation}>
            <ComputeExplanation gpt3={gpt3} locale={locale} notation={state.notation} t={t} />
          </SlideFold>
          <SlideFold label={t.chartTitle}>
            <h4 className="compute-chart-title">{t.chartTitle}</h4>
            <ComputeChart
              rows={rows.map((r) => ({ id: r.id, label: r.short, flops: trainingFlops(r.n, r.d) }))}
              currentId={matching?.id ?? 'current'}
              width={width}
              svgRef={svgRef}
              title={t.chartTitle}
              description={t.chartLabel}
              flopUnit={t.flop}
            />
          </SlideFold>
        </div>
      </div>
    </WidgetFrame>
  );
}

/** N and D of one preset by id. */
function pick(presets: ModelPreset[], id: string): { n: number; d: number } {
  const p = presets.find((x) => x.id === id);
  if (!p) throw new Error(`no preset ${id}`);
  return { n: p.n, d: p.d };
}
