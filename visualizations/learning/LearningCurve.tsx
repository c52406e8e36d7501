'use client';
/**
 * `<LearningCurve />` ("Watch it learn") for the training-and-customization
 * chapter: the tiny model's recorded loss curves with the unigram baseline,
 * the scores of its best previous-token and induction heads over the same steps,
 * and the text it wrote at each checkpoint, so the reader sees gibberish turn
 * into language and the moment a head forms. State in the URL: `checkpoint` (a step) and `x` (log or
 * linear steps). Presenters step through checkpoints with `llmx:step`.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { useElementWidth } from '@/components/widget/hooks';
import { useOnSlide } from '@/components/widget/widgetInstance';
import { useStepEvent } from '@/components/widget/useStepEvent';
import { useUrlState } from '@/components/widget/useUrlState';
import { compactCount, fixed } from '@/lib/widgets/format';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import type { Locale } from '@/lib/i18n/locales';
import { CheckpointControls } from './CheckpointControls';
import { HeadsPanel } from './HeadsPanel';
import { LearningTables } from './LearningTables';
import { LossChart } from './LossChart';
import { checkpointIndex, checkpoints, type XScaleKind } from './math';
import { SamplesPanel } from './SamplesPanel';
import { checkAgainstLog, learningSchema } from './state';
import { learningStrings } from './strings';
import { useTrainingLog } from './useTrainingLog';

/** Time each checkpoint stays while playing, in ms. */
const PLAY_INTERVAL = 2200;

/** Space between the chart and the samples on a slide, in px (learning.css). */
const SLIDE_COLUMN_GAP = 20;
export default function LearningCurve({ locale }: { locale: Locale }) {
  const t = learningStrings[locale];
  const w = widgetStrings[locale];
  const root = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  // the chart fills its column: the whole widget in a chapter, the left half on a slide (learning.css: two
  // equal columns, SLIDE_COLUMN_GAP apart)
  const onSlide = useOnSlide();
  const rootWidth = useElementWidth(root, 640);
  const width = onSlide ? Math.floor((rootWidth - SLIDE_COLUMN_GAP) / 2) : rootWidth;
  const { log, failed, retry } = useTrainingLog(locale);
  const { state, update, rejected } = useUrlState(learningSchema);
  const [logRejected, setLogRejected] = useState<string[]>([]);
  const [playing, setPlaying] = useState(false);
  const [headsOpen, setHeadsOpen] = useState(false);
  const checked = useRef(false);

  const list = useMemo(() => (log ? checkpoints(log) : []), [log]);
  const index = Math.max(0, checkpointIndex(list, state.checkpoint));
  const select = (i: number) => update({ checkpoint: list[Math.max(0, Math.min(list.length - 1, i))].step });

  useEffect(() => {
    if (!log || checked.current) return;
    checked.current = true;
    const { patch, rejected: bad } = checkAgainstLog(state, list);
    if (bad.length) {
      update(patch);
      setLogRejected(bad);
    }
  }, [log, list, state, update]);

  useEffect(() => {
    if (!playing) return;
    if (index >= list.length - 1) {
      setPlaying(false);
      return;
    }
    const timer = window.setTimeout(() => update({ checkpoint: list[index + 1].step }), PLAY_INTERVAL);
    return () => window.clearTimeout(timer);
  }, [playing, index, list, update]);

  useStepEvent(root, (direction) => {
    const next = index + direction;
    if (!log || next < 0 || next >= list.length) return false;
    setPlaying(false);
    select(next);
    return true;
  });

  const notices = rejected.length + logRejected.length ? [w.rejected([...new Set([...rejected, ...logRejected])])] : [];
  const chosen = list[index];
  const heads = log && chosen ? <HeadsPanel locale={locale} log={log} step={chosen.step} kind={state.x} width={width} open={headsOpen} onOpenChange={setHeadsOpen} /> : null;
  return (
    <WidgetFrame
      locale={locale}
      title={t.title}
      id="learning-curve"
      svgRef={log ? svgRef : undefined}
      notices={notices}
      table={log ? () => <LearningTables locale={locale} log={log} list={list} /> : undefined}
    >
      <div ref={root} className="lc">
        {!log || !chosen ? (
          <div className="model-status" role={failed ? 'alert' : undefined} style={{ minHeight: 420 }}>
            <p>{failed ? t.logFailed : t.loadingLog}</p>
            {failed && (
              <button type="button" className="widget-button" onClick={retry}>
                {w.retry}
              </button>
            )}
          </div>
        ) : (
          <>
            {/* the chart and its controls beside what the model writes: one column in a chapter, two on a 16:9 slide */}
            <div className="lc-main">
              <div className="lc-scale" role="group" aria-label={t.scale}>
                <span className="lc-hint" aria-hidden="true">
                  {t.scale}:
                </span>
                {(['log', 'linear'] as XScaleKind[]).map((kind) => (
                  <button key={kind} type="button" className="widget-button" aria-pressed={state.x === kind} onClick={() => update({ x: kind })}>
                    {t.scales[kind]}
                  </button>
                ))}
              </div>
              {onSlide && heads}
              {!(onSlide && headsOpen) && (
                <LossChart
                  locale={locale}
                  log={log}
                  list={list}
                  selected={index}
                  kind={state.x}
                  width={width}
                  label={t.chartLabel(chosen.step, fixed(chosen.point.heldOut, 2), fixed(log.unigramHeldOut, 2))}
                  onSelect={(i) => {
                    setPlaying(false);
                    select(i);
                  }}
                  svgRef={svgRef}
                />
              )}
              {!onSlide && heads}
              <CheckpointControls
                locale={locale}
                list={list}
                selected={index}
                playing={playing}
                onSelect={(i) => {
                  setPlaying(false);
                  select(i);
                }}
                onPlay={() => {
                  if (index >= list.length - 1) select(0);
                  setPlaying(true);
                }}
                onPause={() => setPlaying(false)}
              />
            </div>
            <div className="lc-side">
              <SamplesPanel locale={locale} checkpoint={chosen} final={index === list.length - 1} />
              <p className="lc-hint">
                {t.sampleCaption} {t.facts(compactCount(log.parameters, locale), log.steps, log.batchSize, log.contextLength, fixed(log.seconds / 60, 0))}
              </p>
            </div>
          </>
        )}
      </div>
    </WidgetFrame>
  );
}
