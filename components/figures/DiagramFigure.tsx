/**
 * The one wrapper every figure renders through: a <figure> holding a
 * viewBox-scaled SVG (role="img", named by the author's `alt` text) and the
 * caption. Keeping it here means sizing and accessibility are decided once.
 */
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';

/** Props every figure takes; `locale` is injected by the MDX registry. */
export interface FigureBaseProps {
  /** Shown under the figure. */
  caption: string;
  /** Full text description of the picture, read by screen readers. */
  alt: string;
  /** The page's language, for the labels drawn in the SVG. */
  locale: Locale;
}

interface DiagramFigureProps extends Omit<FigureBaseProps, 'locale'> {
  /** viewBox width in user units; labels are sized against it. */
  width: number;
  /** viewBox height in user units. */
  height: number;
  /** Widest the picture may grow, as a multiple of `width` (keeps text sane on a projector). */
  maxScale?: number;
  /** Identifies the figure in tests and styles. */
  name: string;
  children: ReactNode;
}

export function DiagramFigure({ width, height, maxScale = 1.6, name, caption, alt, children }: DiagramFigureProps) {
  return (
    <figure className="my-8" data-figure={name}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={alt}
        width="100%"
        fontFamily="inherit"
        fill="var(--fg)"
        className="mx-auto block h-auto max-h-[85vh]"
        style={{ maxWidth: `${Math.round(width * maxScale)}px` }}
      >
        {children}
      </svg>
      <figcaption className="mt-3 text-center text-sm text-(--muted)">{caption}</figcaption>
    </figure>
  );
}
