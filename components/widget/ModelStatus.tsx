'use client';
/**
 * What a model-driven widget shows until its model is ready: a progress bar
 * while the tiny model downloads, or the localised failure message with a
 * retry button. Pair it with useTinyModel:
 *   if (!tiny.model) return <ModelStatus locale={locale} state={tiny} />;
 */
import type { Ref } from 'react';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import type { Locale } from '@/lib/i18n/locales';
import type { TinyModelHandle } from './useTinyModel';
import { WidgetFrame } from './WidgetFrame';

interface ModelStatusProps {
  locale: Locale;
  state: TinyModelHandle;
  /** Height to hold while loading, in CSS pixels (avoids a jump when the widget appears). */
  minHeight?: number;
}

export function ModelStatus({ locale, state, minHeight }: ModelStatusProps) {
  const t = widgetStrings[locale];
  if (state.error) {
    return (
      <div className="model-status" role="alert" style={{ minHeight }}>
        <p>{state.error}</p>
        <button type="button" className="widget-button" onClick={state.retry}>
          {t.retry}
        </button>
      </div>
    );
  }
  const percent = Math.round(state.progress * 100);
  const label = t.modelLoading(percent);
  return (
    <div className="model-status" style={{ minHeight }}>
      <p aria-hidden="true">{label}</p>
      <progress max={100} value={percent} aria-label={label} />
    </div>
  );
}

interface ModelLoadingFrameProps extends ModelStatusProps {
  title: string;
  id: string;
  /** A box around the status, for widgets that listen to it (a clicker press while loading). */
  statusRef?: Ref<HTMLDivElement>;
}

/** A model widget's frame before its model is there: its title and the model's status. */
export function ModelLoadingFrame({ locale, title, id, state, minHeight, statusRef }: ModelLoadingFrameProps) {
  const status = <ModelStatus locale={locale} state={state} minHeight={minHeight} />;
  return (
    <WidgetFrame locale={locale} title={title} id={id}>
      {statusRef ? <div ref={statusRef}>{status}</div> : status}
    </WidgetFrame>
  );
}
