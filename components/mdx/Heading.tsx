/**
 * Chapter headings `##` and `###`: the explicit id becomes the anchor, and a small button
 * beside the heading copies a link straight to that section; another opens the chapter's
 * slides at that section (`present/#section-<id>`).
 */
import { Children, isValidElement, type ReactNode } from 'react';
import { CopyLink } from './CopyLink';
import { strings } from '@/lib/i18n/strings';
import { presentStrings } from '@/lib/present/strings';
import type { Locale } from '@/lib/i18n/locales';

interface HeadingProps {
  id?: string;
  children?: ReactNode;
  locale: Locale;
  level: 2 | 3;
}

/** Plain text of rendered children, for the copy button's accessible name. */
export function textContent(node: ReactNode): string {
  return Children.toArray(node)
    .map((child) => {
      if (typeof child === 'string' || typeof child === 'number') return String(child);
      if (isValidElement<{ children?: ReactNode; className?: string }>(child)) {
        if (child.props.className === 'katex-mathml') return '';
        return textContent(child.props.children);
      }
      return '';
    })
    .join('')
    .trim();
}

export function Heading({ id, children, locale, level }: HeadingProps) {
  const Tag = level === 2 ? 'h2' : 'h3';
  const t = strings[locale];
  return (
    <Tag id={id} className="heading">
      {children}
      {id && <CopyLink target={`#${id}`} label={t.copyLinkTo(textContent(children))} copiedLabel={t.linkCopied} />}
      {id && (
        <a href={`present/#section-${id}`} className="present-from" data-pagefind-ignore title={presentStrings[locale].presentFromHere}>
          <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true">
            <rect x="3" y="4" width="18" height="12" rx="1.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M10 8v4l3.5-2z" fill="currentColor" />
          </svg>
          <span className="sr-only">{presentStrings[locale].presentFromHere}</span>
        </a>
      )}
    </Tag>
  );
}
