'use client';
/**
 * Link to the same page in the other language. Section ids are the same in both
 * languages, so the current `#section` is carried over when the reader follows it.
 */
import type { MouseEvent } from 'react';

interface LocaleSwitchProps {
  /** The other language's URL of this page. */
  href: string;
  /** Visible name of the other language. */
  name: string;
  /** Accessible description, e.g. "Read this page in Chinese". */
  label: string;
  /** BCP 47 tag of the target language. */
  hrefLang: string;
}

export function LocaleSwitch({ href, name, label, hrefLang }: LocaleSwitchProps) {
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    const hash = window.location.hash;
    if (hash && /^#[a-z0-9-]+$/.test(hash)) {
      event.preventDefault();
      window.location.assign(href + hash);
    }
  }
  return (
    <a href={href} hrefLang={hrefLang} lang={hrefLang} className="locale-switch" aria-label={label} onClick={onClick}>
      {name}
    </a>
  );
}
