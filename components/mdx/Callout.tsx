/** A boxed aside in a chapter: a note, a tip or a warning, with an optional title. */
import type { ReactNode } from 'react';
import { strings } from '@/lib/i18n/strings';
import type { Locale } from '@/lib/i18n/locales';

export type CalloutKind = 'note' | 'tip' | 'warning';

interface CalloutProps {
  /** Which kind of aside; decides the colour and the default label. */
  kind?: CalloutKind;
  /** Optional title shown instead of the kind's label. */
  title?: string;
  children: ReactNode;
  locale: Locale;
}

export function Callout({ kind = 'note', title, children, locale }: CalloutProps) {
  if (!['note', 'tip', 'warning'].includes(kind)) throw new Error(`<Callout kind="${kind}">: kind must be note, tip or warning`);
  const label = title ?? strings[locale][kind];
  return (
    <aside className={`callout callout-${kind}`} aria-label={label}>
      <p className="callout-title">{label}</p>
      <div className="callout-body">{children}</div>
    </aside>
  );
}
