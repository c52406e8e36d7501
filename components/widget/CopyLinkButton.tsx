'use client';
/**
 * Copies a link to the clipboard: a heading's section, or a widget's current view. The
 * link is resolved against the page's address at click time, so it carries whatever the
 * URL holds then. Falls back to selecting a text field where the Clipboard API is absent.
 */
import { useState } from 'react';

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

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.appendChild(field);
    field.select();
    const ok = document.execCommand('copy');
    field.remove();
    return ok;
  }
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
