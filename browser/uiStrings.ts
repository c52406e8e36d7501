/**
 * The interface words the site script needs (search, update notice, progress), in the
 * page's language: the layout serialises them into the site script's `data-ui`
 * attribute (lib/i18n/strings.ts, clientStrings), so no language table ships in the JS.
 */
import type { ClientStrings } from '@/lib/i18n/strings';

let cached: ClientStrings | null = null;

export function uiStrings(): ClientStrings {
  if (!cached) {
    const script = document.querySelector<HTMLScriptElement>('script[data-site-script]');
    cached = JSON.parse(script?.dataset.ui ?? '{}') as ClientStrings;
  }
  return cached;
}
