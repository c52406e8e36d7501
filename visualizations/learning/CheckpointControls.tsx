'use client';
/**
 * Choosing a checkpoint: one button per checkpoint (arrow keys, Home and End
 * move between them; one tab stop), then earlier / later buttons and play,
 * which walks through the checkpoints one after another.
 */
import { useRef, type KeyboardEvent } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { nextIndex } from '@/lib/widgets/keys';
import type { Checkpoint } from './math';
import { learningStrings } from './strings';

interface CheckpointControlsProps {
  locale: Locale;
  list: Checkpoint[];
  selected: number;
  playing: boolean;
  onSelect: (index: number) => void;
  onPlay: () => void;
  onPause: () => void;
}

export function CheckpointControls({ locale, list, selected, playing, onSelect, onPlay, onPause }: CheckpointControlsProps) {
  const t = learningStrings[locale];
  const group = useRef<HTMLDivElement>(null);
  const last = list.length - 1;
  const onKey = (event: KeyboardEvent) => {
    const next = nextIndex(selected, event.key, list.length);
    if (next === null) return;
    event.preventDefault();
    onSelect(next);
    group.current?.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  };
  return (
    <div className="lc-controls">
      <div ref={group} className="lc-checkpoints" role="group" aria-label={t.checkpoint} onKeyDown={onKey}>
        {list.map((c, i) => (
          <button key={c.step} type="button" className="widget-button" aria-pressed={i === selected} tabIndex={i === selected ? 0 : -1} onClick={() => onSelect(i)}>
            {t.checkpointName(c.step, i === last)}
          </button>
        ))}
      </div>
      <div className="lc-steps">
        <button type="button" className="widget-button" aria-label={t.previous} title={t.previous} aria-disabled={selected <= 0} onClick={() => selected > 0 && onSelect(selected - 1)}>
          <span aria-hidden="true">◀</span>
        </button>
        <button type="button" className="widget-button" aria-label={t.next} title={t.next} aria-disabled={selected >= last} onClick={() => selected < last && onSelect(selected + 1)}>
          <span aria-hidden="true">▶</span>
        </button>
        <button type="button" className="widget-button lc-play" onClick={playing ? onPause : onPlay}>
          {playing ? t.pause : t.play}
        </button>
      </div>
    </div>
  );
}
