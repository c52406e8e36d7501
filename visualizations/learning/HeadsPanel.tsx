'use client';
/**
 * The heads chart with its computed lines: which heads are best at the chosen
 * checkpoint and their scores, and the step at which an induction head formed, or that
 * none did and how close the best head came. In a chapter it sits under
 * the loss curves; on a slide it folds behind a button above them (SlideFold) and,
 * opened, takes their place over the same checkpoint controls, so the slide keeps its
 * text readable.
 */
import type { Locale } from '@/lib/i18n/locales';
import { SlideFold } from '@/components/widget/SlideFold';
import { fixed } from '@/lib/widgets/format';
import { HEAD_THRESHOLD } from '@/lib/model/headPatterns';
import { bestHead, bestHeadSeries, firstCrossing, probeAt, type TrainingLog, type XScaleKind } from './math';
import { HeadsChart } from './HeadsChart';
import { learningStrings } from './strings';

interface HeadsPanelProps {
  locale: Locale;
  log: TrainingLog;
  step: number;
  kind: XScaleKind;
  width: number;
  /** Whether the fold is open on a slide (the widget shows this chart in place of the loss curves then). */
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function HeadsPanel({ locale, log, step, kind, width, open, onOpenChange }: HeadsPanelProps) {
  const t = learningStrings[locale].heads;
  const at = probeAt(log.probes, step);
  if (!at) return null;
  const name = (h: { layer: number; head: number }) => t.headName(h.layer + 1, h.head + 1);
  const threshold = fixed(HEAD_THRESHOLD, 1);
  const induction = bestHeadSeries(log.probes, 'induction');
  const formed = firstCrossing(induction, HEAD_THRESHOLD);
  const highest = induction.reduce((a, b) => (b.score > a.score ? b : a));
  const previous = bestHead(at.previousToken);
  const copying = bestHead(at.induction);
  const atStep = t.atStep(at.step, fixed(previous.score, 2), name(previous), fixed(copying.score, 2), name(copying));
  const formedLine = formed ? t.formed(formed.step, threshold, name(formed)) : t.neverFormed(threshold, fixed(highest.score, 2), name(highest));
  const withFormed = t.summary(atStep, formedLine);
  const summary = log.stageStarts.length > 0 ? t.summary(withFormed, learningStrings[locale].stagesLine(log.stageStarts)) : withFormed;
  return (
    <SlideFold label={t.fold} open={open} onOpenChange={onOpenChange}>
      <div className="lc-heads-panel">
        <HeadsChart locale={locale} log={log} step={step} kind={kind} width={width} label={t.label(summary)} />
        <p className="lc-formed-line">{summary}</p>
      </div>
    </SlideFold>
  );
}
