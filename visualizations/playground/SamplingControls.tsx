'use client';
/**
 * The knobs: temperature and top-k sliders (arrow keys move them), greedy or
 * sampling, and the seed with a "draw again" button. Every change goes
 * straight to the URL state; the chart follows.
 */
import { useId } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { Mode } from './math';
import { MAX_SEED, MAX_TEMPERATURE, roundTemperature } from './state';
import { playgroundStrings } from './strings';

interface SamplingControlsProps {
  locale: Locale;
  temperature: number;
  /** 0 = every token. */
  topK: number;
  mode: Mode;
  seed: number;
  vocabSize: number;
  onChange: (patch: { temperature?: number; topk?: number; mode?: Mode; seed?: number }) => void;
}

export function SamplingControls({ locale, temperature, topK, mode, seed, vocabSize, onChange }: SamplingControlsProps) {
  const t = playgroundStrings[locale];
  const id = useId();
  const kValue = topK === 0 ? vocabSize : topK;
  const kText = topK === 0 ? t.topKAll : String(topK);
  return (
    <div className="ntp-controls">
      <div className="ntp-field">
        <label htmlFor={`${id}-t`}>
          {t.temperature} <output htmlFor={`${id}-t`}>T = {temperature.toFixed(2)}</output>
        </label>
        <input
          id={`${id}-t`}
          type="range"
          min={0}
          max={MAX_TEMPERATURE}
          step={0.05}
          value={temperature}
          aria-describedby={`${id}-th`}
          onChange={(e) => onChange({ temperature: roundTemperature(Number(e.target.value)) })}
        />
        <span id={`${id}-th`} className="ntp-hint">
          {t.temperatureHint}
        </span>
      </div>
      <div className="ntp-field">
        <label htmlFor={`${id}-k`}>
          {t.topK} <output htmlFor={`${id}-k`}>k = {kText}</output>
        </label>
        <input
          id={`${id}-k`}
          type="range"
          min={1}
          max={vocabSize}
          step={1}
          value={kValue}
          aria-valuetext={kText}
          aria-describedby={`${id}-kh`}
          onChange={(e) => {
            const k = Number(e.target.value);
            onChange({ topk: k >= vocabSize ? 0 : k });
          }}
        />
        <span id={`${id}-kh`} className="ntp-hint">
          {t.topKHint(vocabSize)}
        </span>
      </div>
      <div className="ntp-field">
        <span className="ntp-field-label" id={`${id}-m`}>
          {t.choose}
        </span>
        <div className="ntp-segmented" role="group" aria-labelledby={`${id}-m`}>
          {(['greedy', 'sample'] as const).map((m) => (
            <button key={m} type="button" className="widget-button" aria-pressed={mode === m} onClick={() => onChange({ mode: m })}>
              {t.modes[m]}
            </button>
          ))}
        </div>
      </div>
      <div className="ntp-field ntp-seed" hidden={mode !== 'sample'}>
        <label htmlFor={`${id}-s`}>{t.seed}</label>
        <span className="ntp-seed-row">
          <input
            id={`${id}-s`}
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_SEED}
            step={1}
            value={seed}
            onChange={(e) => {
              const v = Number(e.target.value);
              if (Number.isInteger(v) && v >= 0 && v <= MAX_SEED) onChange({ seed: v });
            }}
          />
          <button type="button" className="widget-button" onClick={() => onChange({ seed: seed >= MAX_SEED ? 0 : seed + 1 })}>
            {t.redraw}
          </button>
        </span>
      </div>
    </div>
  );
}
