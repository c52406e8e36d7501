'use client';
/**
 * A grid of cells (an attention map, a mask matrix) painted on a <canvas> laid over an
 * SVG picture: the SVG keeps the axes, labels, outlines and the pointer target, and holds
 * an <image> placeholder at the same place (`imageRef`) that SVG/PNG downloads fill with
 * the canvas's pixels (svgExport's linkRaster). The canvas has the device's pixel ratio
 * times the enlargement it is drawn at (a slide's scale and a widget's zoom), so cells stay
 * sharp on a projector. The enlargement is measured once and then checked in the next
 * animation frame after each paint (and after a window resize), repainting if it changed:
 * measuring inside a paint would force a layout in the middle of React's commit, a
 * millisecond per update of a large map. Colours are the theme's CSS variables,
 * repainted when the theme changes; a new grid glides from the old one (useAnimatedGrid) unless motion is reduced
 * or it shows a new `subject` (a new sentence's weights are not the old ones moved, and
 * a glide of a dozen maps would repaint them all on every frame while the reader types).
 *
 * Place it in a `.cell-map` container before its SVG (site.css stacks the SVG above it,
 * so outlines drawn over the cells stay visible); `x`, `y` are CSS px from the
 * container's top-left corner.
 */
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import { backingSize, cellPixelsInto, screenPixelRatio, type CellGrid } from '@/lib/widgets/cellGrid';
import { linkRaster } from './svgExport';
import { useAnimatedGrid } from './animate';
import { useReducedMotion } from './hooks';
import { useThemeColors } from './useThemeColors';

interface CellCanvasProps {
  grid: CellGrid;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Theme variable (without `--`) of the cells. */
  colour?: string;
  /** Theme variable of masked (NaN) cells; without it they stay transparent. */
  masked?: string;
  /** Theme variable of negative intensities (a diverging scale); without it they are drawn as 0. */
  negative?: string;
  /** The SVG <image> that stands for these pixels in downloads. */
  imageRef?: RefObject<SVGImageElement | null>;
  /** False: every change is drawn at once. */
  animate?: boolean;
  /** What the grid shows (a sentence's tokens): a grid of a new subject is drawn at once. */
  subject?: unknown;
}

export function CellCanvas({ grid, x, y, width, height, colour = 'accent', masked, negative, imageRef, animate = true, subject }: CellCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const scratch = useRef<HTMLCanvasElement | null>(null);
  const image = useRef<ImageData | null>(null);
  const painted = useRef(0);
  const last = useRef<CellGrid | null>(null);
  /** Screen px per layout px the canvas was last measured at (0: not yet, or it was hidden). */
  const enlargement = useRef(0);
  const check = useRef(0);
  const colours = useThemeColors([colour, ...(masked ? [masked] : []), ...(negative ? [negative] : [])]);
  const reduced = useReducedMotion();

  useEffect(() => (imageRef?.current && canvas.current ? linkRaster(imageRef.current, canvas.current) : undefined), [imageRef]);

  const paint = useCallback(
    (shown: CellGrid) => {
      const element = canvas.current;
      const context = element?.getContext('2d');
      if (!element || !context || !colours || shown.rows === 0 || shown.cols === 0) return;
      last.current = shown;
      enlargement.current ||= measureEnlargement(element, width);
      const used = enlargement.current;
      const backing = backingSize(width, height, screenPixelRatio(window.devicePixelRatio || 1, (used || 1) * width, width));
      if (element.width !== backing.width) element.width = backing.width;
      if (element.height !== backing.height) element.height = backing.height;
      const small = (scratch.current ??= document.createElement('canvas'));
      if (small.width !== shown.cols) small.width = shown.cols;
      if (small.height !== shown.rows) small.height = shown.rows;
      // one pixel per cell, in an image kept while the grid's size stays
      if (image.current?.width !== shown.cols || image.current.height !== shown.rows) image.current = new ImageData(shown.cols, shown.rows);
      cellPixelsInto(image.current.data, shown, colours[colour], { masked: masked ? colours[masked] : undefined, negative: negative ? colours[negative] : undefined });
      small.getContext('2d')?.putImageData(image.current, 0, 0);
      context.clearRect(0, 0, backing.width, backing.height);
      context.imageSmoothingEnabled = false;
      context.drawImage(small, 0, 0, backing.width, backing.height);
      element.dataset.painted = String(++painted.current);
      // once this frame is laid out: was the canvas drawn at the enlargement it was painted for?
      cancelAnimationFrame(check.current);
      check.current = requestAnimationFrame(() => {
        const now = measureEnlargement(element, width);
        if (now === 0 || Math.abs(now - used) < 1e-3) return;
        enlargement.current = now;
        if (last.current) paint(last.current);
      });
    },
    [colours, colour, masked, negative, width, height],
  );
  // a new paint function (colours, size) or subject repaints without a glide
  const paintKey = useMemo(() => ({ paint, subject }), [paint, subject]);
  useAnimatedGrid(grid, reduced || !animate, paint, paintKey);
  // a new window size (full screen, another projector) refits the slide: paint again once it has
  useEffect(() => {
    let frame = 0;
    const repaint = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(
        () =>
          (frame = requestAnimationFrame(() => {
            enlargement.current = 0;
            if (last.current) paint(last.current);
          })),
      );
    };
    window.addEventListener('resize', repaint);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', repaint);
    };
  }, [paint]);
  useEffect(() => () => cancelAnimationFrame(check.current), []);

  return <canvas ref={canvas} className="cell-canvas" aria-hidden="true" style={{ left: x, top: y, width, height }} />;
}

/** How much larger than its layout width `width` the canvas is drawn (a transform, a zoom); 0 while it is not drawn at all. */
function measureEnlargement(element: HTMLCanvasElement, width: number): number {
  const drawn = element.getBoundingClientRect().width;
  return drawn > 0 && width > 0 ? drawn / width : 0;
}
