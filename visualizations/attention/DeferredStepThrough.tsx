'use client';
/**
 * The explorer's step-through, one frame behind the picture: a new sentence, head or
 * query is drawn first, and the step-through's numbers are computed and drawn in a
 * transition once that picture has been painted (useAfterPaint), so a keystroke's task
 * and frame stay short. Its inputs are state of this component, not of the explorer, so
 * catching up re-renders the step-through alone. Until it is drawn, a presenter's clicker
 * press picks the stage it opens on (usePendingSteps).
 */
import { memo, useMemo, type RefObject } from 'react';
import { useAfterPaint } from '@/components/widget/useAfterPaint';
import type { Locale } from '@/lib/i18n/locales';
import { stepThrough, type HeadVectors, type WhatIf } from './math';
import { StepThrough } from './StepThrough';
import { usePendingSteps } from './usePendingSteps';

interface StepInput {
  vectors: HeadVectors | null;
  tokens: string[];
  /** The query token. */
  selected: number;
  /** Layer and head, from 0. */
  layer: number;
  head: number;
  whatIf: WhatIf;
}

interface DeferredStepThroughProps extends StepInput {
  locale: Locale;
  /** Whether a step-through is due (a detail view with a query; on a slide, its fold open). */
  expected: boolean;
  /** The explorer's root: clicker presses reach it while the step-through is not drawn. */
  root: RefObject<HTMLElement | null>;
  /** The stage (from 0) the step-through opens on, and where its changes go. */
  step: number;
  onStep: (step: number) => void;
}

function DeferredStepThroughInner({ locale, vectors, tokens, selected, layer, head, whatIf, expected, root, step, onStep }: DeferredStepThroughProps) {
  const shown = useAfterPaint(
    useMemo<StepInput>(() => ({ vectors, tokens, selected, layer, head, whatIf }), [vectors, tokens, selected, layer, head, whatIf]),
    false,
  );
  const steps = useMemo(() => (shown?.vectors && shown.selected < shown.vectors.q.length ? stepThrough(shown.vectors, shown.selected, shown.whatIf) : null), [shown]);
  usePendingSteps(root, expected && !steps, step, onStep);
  if (!steps || !shown) return null;
  return <StepThrough locale={locale} data={steps} tokens={shown.tokens} layer={shown.layer} head={shown.head} whatIf={shown.whatIf} step={step} onStep={onStep} />;
}

export const DeferredStepThrough = memo(DeferredStepThroughInner);
