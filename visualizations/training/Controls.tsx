'use client';
/**
 * The run's settings and the Train / Pause / Resume / Reset buttons. Settings
 * that define the run (task, size, layers, seed) are locked while a run
 * exists; the step target and the speed can change at any time.
 */
import type { Locale } from '@/lib/i18n/locales';
import { MODEL_SIZES, type ModelSize } from '@/lib/train/recipes';
import { TASKS, type TaskKind } from './setup';
import { MAX_STEPS, type TrainingState } from './state';
import { trainingStrings } from './strings';
import type { RunStatus } from './useTrainer';

interface Props {
  locale: Locale;
  state: TrainingState;
  layers: number;
  speed: number;
  status: RunStatus;
  canStart: boolean;
  onChange: (patch: Partial<TrainingState>) => void;
  onLayers: (layers: number) => void;
  onSpeed: (speed: number) => void;
  onTrain: () => void;
  onPause: () => void;
  onResume: () => void;
  onReset: () => void;
}

export function Controls(p: Props) {
  const t = trainingStrings[p.locale];
  const locked = p.status !== 'idle';
  return (
    <div className="tr-controls">
      <fieldset className="tr-tasks" disabled={locked}>
        <legend>{t.task}</legend>
        {TASKS.map((task: TaskKind) => (
          <label key={task}>
            <input type="radio" name="tr-task" value={task} checked={p.state.task === task} onChange={() => p.onChange({ task })} /> {t.tasks[task]}
          </label>
        ))}
      </fieldset>
      <p className="tr-hint">{t.taskHints[p.state.task]}</p>
      <div className="tr-row">
        {p.state.task !== 'finetune' && (
          <>
            <label>
              {t.size}{' '}
              <select value={p.state.size} disabled={locked} onChange={(e) => p.onChange({ size: e.target.value as ModelSize })}>
                {MODEL_SIZES.map((s) => (
                  <option key={s} value={s}>
                    {t.sizes[s]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t.layers}{' '}
              <select value={p.layers} disabled={locked} onChange={(e) => p.onLayers(Number(e.target.value))}>
                {[1, 2, 3].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        <label>
          {t.seed} <input type="number" min={0} max={999999} value={p.state.seed} disabled={locked} onChange={(e) => p.onChange({ seed: clampInt(e.target.value, 0, 999_999, p.state.seed) })} />
        </label>
        <label>
          {t.steps} <input type="number" min={1} max={MAX_STEPS} value={p.state.steps} onChange={(e) => p.onChange({ steps: clampInt(e.target.value, 1, MAX_STEPS, p.state.steps) })} />
        </label>
        <label>
          {t.speed} <input type="range" min={1} max={20} value={p.speed} aria-valuetext={t.speedValue(p.speed)} onChange={(e) => p.onSpeed(Number(e.target.value))} />{' '}
          <span className="tr-speed">{t.speedValue(p.speed)}</span>
        </label>
      </div>
      <div className="tr-row">
        {p.status === 'idle' && (
          <button type="button" className="widget-button tr-primary" onClick={p.onTrain} disabled={!p.canStart}>
            {t.train}
          </button>
        )}
        {p.status === 'running' && (
          <button type="button" className="widget-button" onClick={p.onPause}>
            {t.pause}
          </button>
        )}
        {(p.status === 'paused' || p.status === 'done') && (
          <button type="button" className="widget-button tr-primary" onClick={p.onResume}>
            {t.resume}
          </button>
        )}
        {p.status !== 'idle' && (
          <button type="button" className="widget-button" onClick={p.onReset}>
            {t.reset}
          </button>
        )}
      </div>
    </div>
  );
}

function clampInt(raw: string, min: number, max: number, fallback: number): number {
  const n = Math.round(Number(raw));
  return Number.isFinite(n) && raw.trim() !== '' ? Math.max(min, Math.min(max, n)) : fallback;
}
