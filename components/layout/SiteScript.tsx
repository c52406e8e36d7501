/**
 * The site script's <script> element, carrying the interface words the script needs in
 * the page's language (browser/uiStrings.ts reads them), so no language table ships in
 * the script itself.
 */
import type { Locale } from '@/lib/i18n/locales';
import { clientStrings } from '@/lib/i18n/strings';
import { SITE_SCRIPT } from '@/lib/markup/chrome';

export function SiteScript({ src, locale }: { src: string; locale: Locale }) {
  return <script type="module" src={src} {...{ [SITE_SCRIPT.script]: true, [SITE_SCRIPT.ui]: JSON.stringify(clientStrings[locale]) }} />;
}
