'use client';
/**
 * A text field for a number the reader types: large counts as 175B, 1.75e11 or
 * 1750亿, small ones as 40 or 2.5. The draft is kept as typed; every readable
 * value within range is applied at once, an unreadable one is flagged
 * (aria-invalid plus a message) and leaves the last good value in place.
 * Styles: quantity-field.css (imported by app/globals.css).
 */
import { useEffect, useId, useState } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { draftFor, parseQuantity } from '@/lib/widgets/quantity';

interface QuantityFieldProps {
  label: string;
  /** The applied value. */
  value: number;
  onChange: (value: number) => void;
  /** Shown when the draft cannot be read or is out of range. */
  invalidMessage: string;
  locale: Locale;
  /** Shown under the field (a hint, or the value in words). */
  help?: string;
  min?: number;
  max?: number;
  /** Accept whole numbers only. */
  integer?: boolean;
  /** Start drafts as 175B / 1750亿 rather than plain digits. */
  short?: boolean;
  /** Extra class on the wrapper (for the widget's grid). */
  className?: string;
}

export function QuantityField({ label, value, onChange, invalidMessage, locale, help, min = 0, max = Infinity, integer = false, short = false, className }: QuantityFieldProps) {
  const id = useId();
  const initial = () => (short ? draftFor(value, locale) : String(value));
  const [draft, setDraft] = useState(initial);
  const [invalid, setInvalid] = useState(false);
  const read = (text: string) => {
    const parsed = parseQuantity(text);
    return parsed !== undefined && parsed >= min && parsed <= max && (!integer || Number.isInteger(parsed)) ? parsed : undefined;
  };
  useEffect(() => {
    if (read(draft) !== value) {
      setDraft(initial());
      setInvalid(false);
    }
    // only an outside change of the value resets the draft
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const edit = (text: string) => {
    setDraft(text);
    const parsed = read(text);
    setInvalid(parsed === undefined);
    if (parsed !== undefined && parsed !== value) onChange(parsed);
  };
  return (
    <div className={className ? `quantity-field ${className}` : 'quantity-field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={draft}
        aria-invalid={invalid}
        aria-describedby={help || invalid ? `${id}-help` : undefined}
        onChange={(e) => edit(e.target.value)}
      />
      {(help || invalid) && (
        <span id={`${id}-help`} className={invalid ? 'quantity-field-invalid' : 'quantity-field-help'}>
          {invalid ? invalidMessage : help}
        </span>
      )}
    </div>
  );
}
