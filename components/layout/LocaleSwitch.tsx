/**
 * Link to the same page in the other language. Section ids are the same in both
 * languages, so the site script carries the current `#section` over on click.
 */
import { LOCALE_SWITCH } from '@/lib/markup/chrome';

interface LocaleSwitchProps {
  /** The other language's URL of this page. */
  href: string;
  /** Visible name of the other language. */
  name: string;
  /** Tooltip, e.g. "Read this page in Chinese" (the accessible name stays the visible text). */
  label: string;
  /** BCP 47 tag of the target language. */
  hrefLang: string;
}

export function LocaleSwitch({ href, name, label, hrefLang }: LocaleSwitchProps) {
  return (
    <a href={href} hrefLang={hrefLang} lang={hrefLang} className="locale-switch" title={label} {...{ [LOCALE_SWITCH]: true }}>
      {name}
    </a>
  );
}
