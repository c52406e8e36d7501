/**
 * Chapter headings `##` and `###`: the explicit id becomes the anchor, and a small button
 * beside the heading copies a link straight to that section.
 */
import { Children, isValidElement, type ReactNode } from 'react';
import { CopyLink } from './CopyLink';
import { strings } from '@/lib/i18n/strings';
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
    </Tag>
  );
}
