'use client';
/**
 * The generation widget's controls: the prompt with samples to try, the step
 * buttons (next token, play or pause, step back, start over), temperature and top-k
 * sliders, the seed, and the "without a cache" switch. All are native controls, so
 * the keyboard works as everywhere else.
 */
import { useId } from 'react';
import type { GenerationState } from './state';
import { MAX_SEED, MAX_TEMPERATURE, roundTemperature } from './state';
import type { GenerationStrings } from './strings';

interface GenerationControlsProps {
  t: GenerationStrings;
  state: GenerationState;
  samples: string[];
  vocabSize: number;
  maxSteps: number;
  playing: boolean;
  canStep: boolean;
  compact: boolean;
  onPrompt: (text: string) => void;
  onNext: () => void;
  onPlay: () => void;
  onBack: () => void;
  onRestart: () => void;
  onChange: (patch: Partial<GenerationState>) => void;
}

export function GenerationControls(props: GenerationControlsProps) {
  const { t, state, samples, vocabSize, maxSteps, playing, canStep, compact, onChange } = props;
  const id = useId();
  const topK = state.gtopk >= vocabSize ? 0 : state.gtopk;
  return (
    <div className="gen-controls">
      <div className="gen-input">
        <label htmlFor={`${id}-p`} className="gen-field-label">
          {t.prompt}
        </label>
        <textarea id={`${id}-p`} rows={2} value={state.gprompt} spellCheck={false} autoComplete="off" onChange={(e) => props.onPrompt(e.target.value)} />
        <div className="gen-samples" role="group" aria-label={t.tryPrompt}>
          {samples.map((sample) => (
            <button key={sample} type="button" className="widget-button" aria-pressed={state.gprompt === sample} onClick={() => props.onPrompt(sample)}>
              {sample.trim()}…
            </button>
          ))}
        </div>
      </div>
      <div className="gen-run" role="group" aria-label={t.stepOf(state.gsteps, maxSteps)}>
        <button type="button" className="widget-button gen-primary" onClick={props.onNext} disabled={!canStep}>
          {t.next}
        </button>
        <button type="button" className="widget-button" onClick={props.onPlay} disabled={!playing && !canStep} aria-pressed={playing}>
          {playing ? t.pause : t.play}
        </button>
        <button type="button" className="widget-button" onClick={props.onBack} disabled={state.gsteps === 0}>
          {t.back}
        </button>
        <button type="button" className="widget-button" onClick={props.onRestart} disabled={state.gsteps === 0}>
          {t.restart}
        </button>
        <span className="gen-hint" data-step-count={state.gsteps}>
          {t.stepOf(state.gsteps, maxSteps)}
        </span>
      </div>
      <div className="gen-knobs">
        {!compact && (
          <>
            <div className="gen-field">
              <label htmlFor={`${id}-t`}>
                {t.temperature} <output htmlFor={`${id}-t`}>T = {state.gtemp.toFixed(2)}</output>
              </label>
              <input id={`${id}-t`} type="range" min={0} max={MAX_TEMPERATURE} step={0.05} value={state.gtemp} aria-describedby={`${id}-th`} onChange={(e) => onChange({ gtemp: roundTemperature(Number(e.target.value)) })} />
              <span id={`${id}-th`} className="gen-hint">
                {t.temperatureHint}
              </span>
            </div>
            <div className="gen-field">
              <label htmlFor={`${id}-k`}>
                {t.topK} <output htmlFor={`${id}-k`}>k = {topK === 0 ? t.topKAll : topK}</output>
              </label>
              <input
                id={`${id}-k`}
                type="range"
                min={1}
                max={vocabSize}
                step={1}
                value={topK === 0 ? vocabSize : topK}
                aria-valuetext={topK === 0 ? t.topKAll : String(topK)}
                aria-describedby={`${id}-kh`}
                onChange={(e) => {
                  const k = Number(e.target.value);
                  onChange({ gtopk: k >= vocabSize ? 0 : k });
                }}
              />
              <span id={`${id}-kh`} className="gen-hint">
                {t.topKHint(vocabSize)}
              </span>
            </div>
            <div className="gen-field">
              <label htmlFor={`${id}-s`}>{t.seed}</label>
              <input
                id={`${id}-s`}
                type="number"
                inputMode="numeric"
                min={0}
                max={MAX_SEED}
                step={1}
                value={state.gseed}
                onChange={(e) => {
                  const v = Number(e.target.value);
                  if (Number.isInteger(v) && v >= 0 && v <= MAX_SEED) onChange({ gseed: v });
                }}
              />
            </div>
          </>
        )}
        <div className="gen-field gen-check">
          <label>
            <input type="checkbox" checked={state.gnocache} aria-describedby={`${id}-nh`} onChange={(e) => onChange({ gnocache: e.target.checked })} /> {t.noCache}
          </label>
          <span id={`${id}-nh`} className="gen-hint">
            {t.noCacheHint}
          </span>
        </div>
      </div>
    </div>
  );
}
