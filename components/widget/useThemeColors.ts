'use client';
/**
 * `useThemeColors(names)`: the current values of theme CSS variables as RGB triples.
 *
 * SVG draws with `var(--accent)` and follows the theme by itself,
 * but pixels painted on a canvas (heatmaps too large for one SVG rect per cell) need the
 * actual colours, and need repainting when the reader switches between light and dark.
 * This hook reads the variables from the root element and re-reads them when its
 * `data-theme` or `class` changes, or the system colour scheme does.
 */
import { useEffect, useState } from 'react';
import { THEME_ATTRIBUTE } from '@/lib/markup/chrome';

export type Rgb = readonly [number, number, number];

/** Parses any CSS colour the browser understands into [r, g, b] (0–255), via a canvas. */
export function parseCssColor(value: string, context: CanvasRenderingContext2D | null): Rgb | null {
  const hex = /^#([0-9a-f]{6})$/i.exec(value.trim());
  if (hex) {
    const n = parseInt(hex[1], 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  if (!context) return null;
  context.fillStyle = '#000000';
  context.fillStyle = value.trim();
  const normalised = String(context.fillStyle);
  const again = /^#([0-9a-f]{6})$/i.exec(normalised);
  if (again) return parseCssColor(normalised, null);
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(normalised);
  return rgb ? [+rgb[1], +rgb[2], +rgb[3]] : null;
}

function read<N extends string>(names: readonly N[], fallback: Rgb): Record<N, Rgb> {
  const style = getComputedStyle(document.documentElement);
  const context = document.createElement('canvas').getContext('2d');
  return Object.fromEntries(names.map((name) => [name, parseCssColor(style.getPropertyValue(`--${name}`), context) ?? fallback])) as Record<N, Rgb>;
}

/** The theme variables `names` (without the leading `--`) as RGB; null before mount. */
export function useThemeColors<N extends string>(names: readonly N[], fallback: Rgb = [0, 0, 0]): Record<N, Rgb> | null {
  const [colors, setColors] = useState<Record<N, Rgb> | null>(null);
  const key = names.join(' ');
  useEffect(() => {
    const list = key.split(' ') as N[];
    const update = () => setColors(read(list, fallback));
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: [THEME_ATTRIBUTE, 'class', 'style'] });
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    query.addEventListener('change', update);
    return () => {
      observer.disconnect();
      query.removeEventListener('change', update);
    };
    // fallback is a constant triple; `key` stands for `names`
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return colors;
}
