'use client';
/**
 * The "what if" controls: softmax temperature and the causal mask. They do not
 * describe the model; they change its computation for exploration, so they sit
 * in their own dashed box titled "What if…", and while any differs from the
 * real model a notice says so and one button brings the real model back.
 */
import { memo, useId } from 'react';
import { fixed } from '@/lib/widgets/format';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import type { Locale } from '@/lib/i18n/locales';
import { REAL, isWhatIf, type WhatIf } from './math';
import { attentionStrings } from './strings';

interface WhatIfControlsProps {
  locale: Locale;
  value: WhatIf;
  onChange: (value: WhatIf) => void;
}

/** The slider moves log₂ T in quarter steps from T = 1/8 to T = 8. */
const MIN = -3;
const MAX = 3;

function WhatIfControlsInner({ locale, value, onChange }: WhatIfControlsProps) {
  const t = attentionStrings[locale];
  const id = useId();
  const changed = isWhatIf(value);
  return (
    <fieldset className="attn-whatif" data-changed={changed || undefined}>
      <legend>{t.whatIf}</legend>
      <div className="widget-controls">
        <label htmlFor={`${id}-t`}>
          {t.temperature} = <output htmlFor={`${id}-t`}>{fixed(value.temperature, 2)}</output>
        </label>
        <input
          id={`${id}-t`}
          type="range"
          min={MIN}
          max={MAX}
          step={0.25}
          value={Math.log2(value.temperature)}
          aria-valuetext={fixed(value.temperature, 2)}
          onChange={(e) => onChange({ ...value, temperature: 2 ** Number(e.target.value) })}
        />
        <label className="attn-check">
          <input type="checkbox" checked={value.causal} onChange={(e) => onChange({ ...value, causal: e.target.checked })} />
          {t.causal}
        </label>
        {changed && (
          <button type="button" className="widget-button" onClick={() => onChange(REAL)}>
            {t.backToReal}
          </button>
        )}
      </div>
      {changed && <p className="attn-whatif-note">{widgetStrings[locale].whatIf}</p>}
    </fieldset>
  );
}

/** Memoised: typing re-renders the explorer, and these controls only when their settings change. */
export const WhatIfControls = memo(WhatIfControlsInner);
