/**
 * The sampling knobs that the generation stepper and the next-token playground
 * share: the temperature slider, the top-k slider (0 means every token) and the
 * seed field. Each widget lays them out with its own class prefix (`gen`,
 * `ntp`), so `${prefix}-field` and `${prefix}-hint` come from its stylesheet;
 * ids are `${id}-t`, `${id}-k` and `${id}-s`.
 */
import { MAX_SEED, MAX_TEMPERATURE, roundTemperature } from '@/lib/widgets/samplingKnobs';

/** The words of the knobs, from the widget's strings table. */
export interface SamplingWords {
  temperature: string;
  temperatureHint: string;
  topK: string;
  topKAll: string;
  topKHint: (vocab: number) => string;
  seed: string;
}

interface FieldProps {
  /** A `useId()` of the widget, the prefix of the fields' ids. */
  id: string;
  prefix: string;
  t: SamplingWords;
}

export function TemperatureField({ id, prefix, t, value, onChange }: FieldProps & { value: number; onChange: (temperature: number) => void }) {
  return (
    <div className={`${prefix}-field`}>
      <label htmlFor={`${id}-t`}>
        {t.temperature} <output htmlFor={`${id}-t`}>T = {value.toFixed(2)}</output>
      </label>
      <input id={`${id}-t`} type="range" min={0} max={MAX_TEMPERATURE} step={0.05} value={value} aria-describedby={`${id}-th`} onChange={(e) => onChange(roundTemperature(Number(e.target.value)))} />
      <span id={`${id}-th`} className={`${prefix}-hint`}>
        {t.temperatureHint}
      </span>
    </div>
  );
}

/** `topK` 0 keeps every token; the slider's top end stands for it. */
export function TopKField({ id, prefix, t, topK, vocabSize, onChange }: FieldProps & { topK: number; vocabSize: number; onChange: (topK: number) => void }) {
  const text = topK === 0 ? t.topKAll : String(topK);
  return (
    <div className={`${prefix}-field`}>
      <label htmlFor={`${id}-k`}>
        {t.topK} <output htmlFor={`${id}-k`}>k = {text}</output>
      </label>
      <input
        id={`${id}-k`}
        type="range"
        min={1}
        max={vocabSize}
        step={1}
        value={topK === 0 ? vocabSize : topK}
        aria-valuetext={text}
        aria-describedby={`${id}-kh`}
        onChange={(e) => {
          const k = Number(e.target.value);
          onChange(k >= vocabSize ? 0 : k);
        }}
      />
      <span id={`${id}-kh`} className={`${prefix}-hint`}>
        {t.topKHint(vocabSize)}
      </span>
    </div>
  );
}

/** The seed's number field (its label is the caller's, `htmlFor={`${id}-s`}`); only whole seeds in range are taken. */
export function SeedInput({ id, value, onChange }: { id: string; value: number; onChange: (seed: number) => void }) {
  return (
    <input
      id={`${id}-s`}
      type="number"
      inputMode="numeric"
      min={0}
      max={MAX_SEED}
      step={1}
      value={value}
      onChange={(e) => {
        const v = Number(e.target.value);
        if (Number.isInteger(v) && v >= 0 && v <= MAX_SEED) onChange(v);
      }}
    />
  );
}
