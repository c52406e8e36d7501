'use client';
/** Add one token, generate a run (or stop it), remove the last token, clear the continuation. */
import type { Locale } from '@/lib/i18n/locales';
import { GENERATE_RUN, MAX_GENERATED } from './state';
import { playgroundStrings } from './strings';

interface RunButtonsProps {
  locale: Locale;
  generated: number;
  /** No prompt yet: nothing to continue. */
  disabled: boolean;
  running: boolean;
  onAdd: () => void;
  onRun: () => void;
  onStop: () => void;
  onUndo: () => void;
  onClear: () => void;
}

export function RunButtons({ locale, generated, disabled, running, onAdd, onRun, onStop, onUndo, onClear }: RunButtonsProps) {
  const t = playgroundStrings[locale];
  const full = generated >= MAX_GENERATED;
  return (
    <div className="ntp-run">
      <button type="button" className="widget-button ntp-primary" disabled={disabled || full || running} onClick={onAdd}>
        {t.addOne}
      </button>
      {running ? (
        <button type="button" className="widget-button" onClick={onStop}>
          {t.stop}
        </button>
      ) : (
        <button type="button" className="widget-button" disabled={disabled || full} onClick={onRun}>
          {t.generate(Math.min(GENERATE_RUN, MAX_GENERATED - generated) || GENERATE_RUN)}
        </button>
      )}
      <button type="button" className="widget-button" disabled={generated === 0 || running} onClick={onUndo}>
        {t.undo}
      </button>
      <button type="button" className="widget-button" disabled={generated === 0} onClick={onClear}>
        {t.clear}
      </button>
    </div>
  );
}
