'use client';
/**
 * "Play through heads" and "Play through layers": the current query's attention shown
 * in each head (or each layer) in turn, from the first to the last, one every `interval`
 * ms, so the picture glides from one head's weights to the next. The clock is
 * requestAnimationFrame; pressing the button again (or Escape while it has focus) stops.
 * The head and layer change through `onChange`, as if chosen in the selectors, so the
 * link and the table follow.
 */
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { attentionStrings } from './strings';

type Axis = 'heads' | 'layers';

interface PlayThroughProps {
  locale: Locale;
  /** Layer and head, counted from 1. */
  layer: number;
  head: number;
  nLayers: number;
  nHeads: number;
  onChange: (patch: { layer?: number; head?: number }) => void;
  interval?: number;
}

function PlayThroughInner({ locale, layer, head, nLayers, nHeads, onChange, interval = 1100 }: PlayThroughProps) {
  const t = attentionStrings[locale].playThrough;
  const [playing, setPlaying] = useState<Axis | null>(null);
  const latest = useRef({ layer, head, onChange });
  latest.current = { layer, head, onChange };

  useEffect(() => {
    if (!playing) return;
    const count = playing === 'heads' ? nHeads : nLayers;
    let frame = 0;
    let last = performance.now();
    let at = 1;
    latest.current.onChange(playing === 'heads' ? { head: 1 } : { layer: 1 });
    const tick = (now: number) => {
      if (now - last >= interval) {
        last = now;
        at += 1;
        if (at > count) {
          setPlaying(null);
          return;
        }
        latest.current.onChange(playing === 'heads' ? { head: at } : { layer: at });
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, nHeads, nLayers, interval]);

  const toggle = (axis: Axis) => setPlaying((p) => (p === axis ? null : axis));
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && playing) {
      event.preventDefault();
      setPlaying(null);
    }
  };
  const button = (axis: Axis, count: number) => (
    <button type="button" className="widget-button" data-playing={playing === axis || undefined} disabled={count < 2} onClick={() => toggle(axis)} onKeyDown={onKeyDown} data-play={axis}>
      {playing === axis ? t.stop : t[axis]}
    </button>
  );
  return (
    <div className="widget-controls attn-play-through" role="group" aria-label={t.label}>
      {button('heads', nHeads)}
      {button('layers', nLayers)}
      <span className="sr-only" role="status">
        {playing ? t.at(layer, head) : ''}
      </span>
    </div>
  );
}

/** Memoised: typing re-renders the explorer, and these buttons only when the layer or head changes. */
export const PlayThrough = memo(PlayThroughInner);
