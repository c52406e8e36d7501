/**
 * The interface words the site script needs (search, update notice, progress), in the
 * page's language: the layout serialises them into the site script's `data-ui`
 * attribute (lib/i18n/strings.ts, clientStrings), so no language table ships in the JS.
 */
import type { ClientStrings } from '@/lib/i18n/strings';
import { SITE_SCRIPT } from '@/lib/markup/chrome';

let cached: ClientStrings | null = null;

export function uiStrings(): ClientStrings {
  if (!cached) {
    const script = document.querySelector<HTMLScriptElement>(`script[${SITE_SCRIPT.script}]`);
    cached = JSON.parse(script?.getAttribute(SITE_SCRIPT.ui) ?? '{}') as ClientStrings;
  }
  return cached;
}
