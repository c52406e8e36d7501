'use client';
/**
 * The view switch (arcs, heatmap, all heads) and the layer and head selectors.
 * Layer and head count from 1 here, as in the URL and everywhere the reader
 * sees them.
 */
import { useId } from 'react';
import type { Locale } from '@/lib/i18n/locales';
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

export function ViewControls({ locale, view, layer, head, nLayers, nHeads, onChange }: ViewControlsProps) {
  const t = attentionViewStrings[locale];
  const id = useId();
  const range = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
  return (
    <div className="widget-controls attn-view-controls">
      {view && (
        <div className="attn-segmented" role="group" aria-label={t.view}>
          {VIEWS.map((v) => (
            <button key={v} type="button" className="widget-button" aria-pressed={view === v} onClick={() => onChange({ view: v })}>
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
