'use client';
/**
 * The generation widget's controls: the prompt with samples to try, the step
 * buttons (next token, play or pause, step back, start over), temperature and top-k
 * sliders, the seed, and the "without a cache" switch. All are native controls, so
 * the keyboard works as everywhere else.
 */
import { useId } from 'react';
import { SeedInput, TemperatureField, TopKField } from '@/components/widget/SamplingFields';
import type { GenerationState } from './state';
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
            <TemperatureField id={id} prefix="gen" t={t} value={state.gtemp} onChange={(gtemp) => onChange({ gtemp })} />
            <TopKField id={id} prefix="gen" t={t} topK={topK} vocabSize={vocabSize} onChange={(gtopk) => onChange({ gtopk })} />
            <div className="gen-field">
              <label htmlFor={`${id}-s`}>{t.seed}</label>
              <SeedInput id={id} value={state.gseed} onChange={(gseed) => onChange({ gseed })} />
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
