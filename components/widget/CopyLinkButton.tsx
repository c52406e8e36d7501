'use client';
/**
 * Inside React widgets: copies a link to the widget's current view. The link is resolved
 * against the page's address at click time, so it carries whatever the URL holds then.
 * (Headings use the static CopyLink, enhanced by the site script.)
 */
import { useState } from 'react';
import { copyText } from '@/lib/client/clipboard';

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
  async function onClick() {
    const url = new URL(target || window.location.href, window.location.href);
    if (target.startsWith('#')) history.replaceState(history.state, '', url.hash);
    if (await copyText(url.href)) {
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
