'use client';
/**
 * The view switch (arcs, heatmap, all heads) and the layer and head selectors.
 * Layer and head count from 1 here, as in the URL and everywhere the reader
 * sees them. The views are tabs (one tab stop, arrow keys move between them), as in
 * the other widgets with views: they change the picture below, and the presenter's
 * checks open every tab of a widget on its slide.
 */
import { memo, useId, useRef, type KeyboardEvent } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { nextIndex } from '@/lib/widgets/keys';
import { attentionViewStrings } from './strings';
import { type View } from './strings';

interface ViewControlsProps {
  locale: Locale;
  /** Omit to hide the view switch (the compact explorer has one view). */
  view?: View;
  layer: number;
  head: number;
  nLayers: number;
  nHeads: number;
  onChange: (patch: { view?: View; layer?: number; head?: number }) => void;
}

const VIEWS: View[] = ['arcs', 'heatmap', 'heads'];

function ViewControlsInner({ locale, view, layer, head, nLayers, nHeads, onChange }: ViewControlsProps) {
  const t = attentionViewStrings[locale];
  const id = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const range = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!view || event.key === 'ArrowUp' || event.key === 'ArrowDown') return; // a horizontal tab list
    const next = nextIndex(VIEWS.indexOf(view), event.key, VIEWS.length, { wrap: true });
    if (next === null) return;
    event.preventDefault();
    onChange({ view: VIEWS[next] });
    tabs.current[next]?.focus();
  };
  return (
    <div className="widget-controls attn-view-controls">
      {view && (
        <div className="attn-segmented" role="tablist" aria-label={t.view}>
          {VIEWS.map((v, i) => (
            <button
              key={v}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              className="widget-button"
              aria-selected={view === v}
              tabIndex={view === v ? 0 : -1}
              onClick={() => onChange({ view: v })}
              onKeyDown={onTabKey}
            >
              {t.views[v]}
            </button>
          ))}
        </div>
      )}
      <label htmlFor={`${id}-layer`}>{t.layer}</label>
      <select id={`${id}-layer`} value={layer} onChange={(e) => onChange({ layer: Number(e.target.value) })}>
        {range(nLayers).map((l) => (
          <option key={l} value={l}>
            {l}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-head`}>{t.head}</label>
      <select id={`${id}-head`} value={head} onChange={(e) => onChange({ head: Number(e.target.value) })}>
        {range(nHeads).map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Memoised: typing re-renders the widget, and these controls only when the view, layer or head changes. */
export const ViewControls = memo(ViewControlsInner);
