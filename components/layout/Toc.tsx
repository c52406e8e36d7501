/** The chapter's own table of contents, from its `##` and `###` headings. */
import type { HeadingInfo } from '@/lib/content/headings';
import { strings } from '@/lib/i18n/strings';
import type { Locale } from '@/lib/i18n/locales';

export function Toc({ locale, headings }: { locale: Locale; headings: HeadingInfo[] }) {
  if (headings.length === 0) return null;
  const t = strings[locale];
  return (
    <nav aria-label={t.onThisPage} className="toc">
      <p className="toc-title">{t.onThisPage}</p>
      <ul>
        {headings.map((h) => (
          <li key={h.id} className={h.depth === 3 ? 'toc-sub' : undefined}>
            <a href={`#${h.id}`}>{h.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
