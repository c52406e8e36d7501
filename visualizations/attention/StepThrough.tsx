'use client';
/**
 * The step-through: attention for one query of the chosen head, with the real
 * numbers, one stage at a time (query, keys, dot products, ÷√d_k, causal mask,
 * softmax, weighted sum of values). Each stage sits beside its formula
 * (typeset ahead of time by KaTeX, see formulas.ts) and adds a column to a table of
 * keys, so the reader sees every number arrive. Play, pause, back, forward; a
 * presenter's clicker steps through the stages too.
 */
import { memo, useEffect, useId, useRef } from 'react';
import { useStepEvent } from '@/components/widget/useStepEvent';
import type { Locale } from '@/lib/i18n/locales';
import { formulaHtml, type FormulaId } from './formulas';
import { STEPS, type StepThrough as StepData, type WhatIf } from './math';
import { attentionStrings } from './strings';
import { tokenName } from '@/components/widget/attention/strings';
import { StepTable } from './StepTable';
import { useStepPlayer } from './useStepPlayer';
import { VectorStrip } from '@/components/widget/VectorStrip';
import { withNotation } from '@/components/mdx/notation';

interface StepThroughProps {
  locale: Locale;
  data: StepData;
  tokens: string[];
  layer: number;
  head: number;
  whatIf: WhatIf;
  /** The stage shown first (0-based); later changes are reported through `onStep`. */
  step?: number;
  onStep?: (step: number) => void;
}

/** Player icons as paths in a 24×24 box (drawn, so they never depend on a font having the glyph). */
const ICONS = {
  restart: 'M5 5h2.5v14H5zM19 5v14L8.5 12z',
  back: 'M17 5v14L6 12z',
  play: 'M7 5v14l11-7z',
  pause: 'M6.5 5h4v14h-4zM13.5 5h4v14h-4z',
  forward: 'M5 5v14l10.5-7zM16.5 5H19v14h-2.5z',
};

function Icon({ d }: { d: string }) {
  return (
    <svg className="attn-icon" viewBox="0 0 24 24" aria-hidden="true">
      <path d={d} />
    </svg>
  );
}

function StepThroughInner({ locale, data, tokens, layer, head, whatIf, step = 0, onStep }: StepThroughProps) {
  const t = attentionStrings[locale];
  const player = useStepPlayer(STEPS.length, 1600, step);
  // report the stage only when it changes (the callback may be a new function on every render)
  const reported = useRef(player.step);
  const report = useRef(onStep);
  report.current = onStep;
  useEffect(() => {
    if (reported.current === player.step) return;
    reported.current = player.step;
    report.current?.(player.step);
  }, [player.step]);
  const headingId = useId();
  const root = useRef<HTMLElement>(null);
  // a presenter's clicker walks the stages one by one, then moves on (components/widget/useStepEvent.ts)
  useStepEvent(root, (direction) => {
    // from the stage asked for last: the one on screen may still be rendering
    const next = player.latest() + direction;
    if (next < 0 || next >= STEPS.length) return false;
    if (direction === 1) player.forward();
    else player.back();
    return true;
  });
  const stage = STEPS[player.step];
  const formulaId: FormulaId = stage === 'mask' && !whatIf.causal ? 'noMask' : stage === 'softmax' && whatIf.temperature !== 1 ? 'softmaxT' : stage;
  const html = formulaHtml[formulaId];
  const token = tokens[data.query];
  const scale = Math.max(...data.q.map(Math.abs), ...data.keys.flat().map(Math.abs), 1e-9);
  const outScale = Math.max(...data.output.map(Math.abs), 1e-9);
  return (
    <section ref={root} className="attn-steps" aria-labelledby={headingId} data-step={stage} data-playing={player.playing}>
      <h4 id={headingId} className="attn-steps-title">
        {t.stepTitle}
      </h4>
      <p className="attn-steps-for">{t.stepFor(t.tokenAt(tokenName(token, locale), data.query + 1), layer + 1, head + 1)}</p>
      <div className="attn-step-controls">
        <button type="button" className="widget-button" onClick={player.restart} aria-label={t.restart} title={t.restart}>
          <Icon d={ICONS.restart} />
        </button>
        <button type="button" className="widget-button" onClick={player.back} disabled={player.step === 0} aria-label={t.back} title={t.back}>
          <Icon d={ICONS.back} />
        </button>
        <button type="button" className="widget-button attn-play" onClick={player.playing ? player.pause : player.play}>
          <Icon d={player.playing ? ICONS.pause : ICONS.play} /> {player.playing ? t.pause : t.play}
        </button>
        <button type="button" className="widget-button" onClick={player.forward} disabled={player.step === STEPS.length - 1} aria-label={t.forward} title={t.forward}>
          <Icon d={ICONS.forward} />
        </button>
        <span className="attn-step-status" role="status">
          {withNotation(t.stepOf(player.step + 1, STEPS.length, t.steps[stage]))}
        </span>
      </div>
      <ol className="attn-step-list">
        {STEPS.map((s, i) => (
          <li key={s}>
            <button type="button" className="attn-step-chip" aria-current={i === player.step ? 'step' : undefined} data-done={i < player.step || undefined} onClick={() => player.setStep(i)}>
              {i + 1}. {withNotation(t.steps[s])}
            </button>
          </li>
        ))}
      </ol>
      <div className="attn-step-body">
        <div className="attn-step-formula" key={formulaId}>
          <div className="attn-formula" dangerouslySetInnerHTML={{ __html: html }} />
          <p>{withNotation(t.explain[stage](data.dK))}</p>
        </div>
        <div className="attn-step-data">
          <div className="attn-step-vector" data-emphasis={stage === 'query' || undefined}>
            <span className="attn-vec-label">{t.queryVector(data.dK)}</span>
            <VectorStrip values={data.q} scale={scale} numbers label="q" />
          </div>
          <StepTable locale={locale} data={data} tokens={tokens} step={player.step} scale={scale} />
          <div className={`attn-step-vector${stage === 'sum' ? ' attn-reveal' : ''}`} data-waiting={stage !== 'sum' || undefined} aria-hidden={stage !== 'sum' || undefined}>
            <span className="attn-vec-label">{t.output(data.output.length)}</span>
            <VectorStrip values={data.output} scale={outScale} numbers label="z" />
          </div>
        </div>
      </div>
    </section>
  );
}

/** Memoised: it re-renders only when its numbers or the stage change, not on every keystroke. */
export const StepThrough = memo(StepThroughInner);
