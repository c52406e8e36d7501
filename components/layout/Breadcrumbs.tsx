/** Home › chapter N, so a reader who arrived from a link sees where they are. */
import { strings } from '@/lib/i18n/strings';
import type { Locale } from '@/lib/i18n/locales';

interface BreadcrumbsProps {
  locale: Locale;
  /** Text of the last crumb (the current page). */
  current: string;
}

export function Breadcrumbs({ locale, current }: BreadcrumbsProps) {
  const t = strings[locale];
  return (
    <nav aria-label={t.breadcrumbs} className="breadcrumbs">
      <ol>
        <li>
          <a href={`/${locale}/`}>{t.home}</a>
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
