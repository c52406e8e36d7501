'use client';
/**
 * Inside React widgets: copies a link to the widget's current view. In a mounted widget
 * the link is the chapter's address with only this instance's parameters and its id as
 * the anchor (lib/widgets/widgetLink.ts), written after any pending state has reached
 * the URL; elsewhere it is resolved against the page's address at click time.
 * (Headings use the static CopyLink, enhanced by the site script.)
 */
import { useState } from 'react';
import { copyText } from '@/lib/widgets/clipboard';
import { widgetLink } from '@/lib/widgets/widgetLink';
import { useWidgetInstance } from './widgetInstance';

interface CopyLinkButtonProps {
  /** A fragment (`#id`) or a path; empty means the current address as it is. */
  target?: string;
  /** Accessible name of the button. */
  label: string;
  /** Announced after copying. */
  copiedLabel: string;
  className?: string;
  /** Visible text; a link symbol when absent. */
  children?: React.ReactNode;
}

export function CopyLinkButton({ target = '', label, copiedLabel, className, children }: CopyLinkButtonProps) {
  const [copied, setCopied] = useState(false);
  const instance = useWidgetInstance();
  async function onClick() {
    let link: string;
    if (instance && !target) {
      for (const write of [...instance.pending]) write();
      link = widgetLink(window.location.href, instance.id);
    } else {
      const url = new URL(target || window.location.href, window.location.href);
      if (target.startsWith('#')) history.replaceState(history.state, '', url.hash);
      link = url.href;
    }
    if (await copyText(link)) {
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    }
  }
  return (
    <button type="button" className={className ?? 'copy-link'} aria-label={label} title={label} onClick={onClick}>
      {children ?? <span aria-hidden="true">#</span>}
      <span className="copy-link-status" role="status">
        {copied ? copiedLabel : ''}
      </span>
    </button>
  );
}
