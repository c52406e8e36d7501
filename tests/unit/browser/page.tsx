/**
 * Puts the server's real markup in happy-dom's document, the way the export serves it:
 * the component rendered to static HTML, the page's language on <html>, and the site
 * script's element with its interface words. The enhancer tests then run the site
 * script on it, so a test fails when either side of the markup contract changes.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { SiteScript } from '@/components/layout/SiteScript';
import { languageTag, type Locale } from '@/lib/i18n/locales';

export function renderPage(page: ReactNode, locale: Locale = 'en'): void {
  // the site script's own file is not there in a test: happy-dom treats it as loaded instead of failing
  (window as unknown as { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } }).happyDOM.settings.handleDisabledFileLoadingAsSuccess = true;
  document.documentElement.lang = languageTag[locale];
  document.head.innerHTML = renderToStaticMarkup(<SiteScript src="/assets/site.js" locale={locale} />);
  document.body.innerHTML = renderToStaticMarkup(page);
}

/** Presses a key on the focused element (or the body), as a reader would. */
export function press(key: string, init: KeyboardEventInit = {}, target: Element = document.activeElement ?? document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

/** Lets pending promises and dynamic imports settle. */
export const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
