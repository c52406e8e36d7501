'use client';
/**
 * The knobs: temperature and top-k sliders (arrow keys move them), greedy or
 * sampling, and the seed with a "draw again" button. Every change goes
 * straight to the URL state; the chart follows.
 */
import { useId } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { Mode } from './math';
import { SeedInput, TemperatureField, TopKField } from '@/components/widget/SamplingFields';
import { MAX_SEED } from '@/lib/widgets/samplingKnobs';
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
  return (
    <div className="ntp-controls">
      <TemperatureField id={id} prefix="ntp" t={t} value={temperature} onChange={(value) => onChange({ temperature: value })} />
      <TopKField id={id} prefix="ntp" t={t} topK={topK} vocabSize={vocabSize} onChange={(topk) => onChange({ topk })} />
      <div className="ntp-field">
        <span className="ntp-field-label ntp-choose-label" id={`${id}-m`}>
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
          <SeedInput id={id} value={seed} onChange={(value) => onChange({ seed: value })} />
          <button type="button" className="widget-button" onClick={() => onChange({ seed: seed >= MAX_SEED ? 0 : seed + 1 })}>
            {t.redraw}
          </button>
        </span>
      </div>
    </div>
  );
}
