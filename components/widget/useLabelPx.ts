/**
 * The label sizes of a widget's pictures where it is mounted (lib/widgets/labelSize.ts):
 * `label(11)` is 11 in a chapter and the slide's label size in presenter mode, and
 * `useLabelScale(11)` the magnification of a picture whose smallest label is 11 px.
 */
import { useCallback } from 'react';
import { labelPx, labelScale } from '@/lib/widgets/labelSize';
import { useOnSlide } from './widgetInstance';

export function useLabelPx(): (px: number) => number {
  const onSlide = useOnSlide();
  return useCallback((px: number) => labelPx(px, onSlide), [onSlide]);
}

export function useLabelScale(smallestPx: number): number {
  return labelScale(smallestPx, useOnSlide());
}
