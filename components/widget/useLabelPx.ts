/**
 * The label sizes of a widget's pictures where it is mounted (lib/widgets/labelSize.ts):
 * `label(11)` is 11 in a chapter and the slide's label size in presenter mode.
 */
import { useCallback } from 'react';
import { labelPx } from '@/lib/widgets/labelSize';
import { useOnSlide } from './widgetInstance';

export function useLabelPx(): (px: number) => number {
  const onSlide = useOnSlide();
  return useCallback((px: number) => labelPx(px, onSlide), [onSlide]);
}
