/** Links to the previous and next chapter at the foot of a chapter. */
import { navLabel, type Neighbours } from '@/lib/content/navigation';
import { strings } from '@/lib/i18n/strings';
import type { Locale } from '@/lib/i18n/locales';

export function PrevNext({ locale, neighbours }: { locale: Locale; neighbours: Neighbours }) {
  const t = strings[locale];
  const { previous, next } = neighbours;
  return (
    <nav className="prev-next" aria-label={`${t.previous} / ${t.next}`}>
      {previous ? (
        <a href={`/${locale}/${previous.slug}/`} rel="prev" className="prev">
          <span className="prev-next-label">← {t.previous}</span>
          <span className="prev-next-title">{navLabel(previous)}</span>
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a href={`/${locale}/${next.slug}/`} rel="next" className="next">
          <span className="prev-next-label">{t.next} →</span>
          <span className="prev-next-title">{navLabel(next)}</span>
        </a>
      ) : (
        <a href={`/${locale}/glossary/`} className="next">
          <span className="prev-next-label">{t.next} →</span>
          <span className="prev-next-title">{t.glossary}</span>
        </a>
      )}
    </nav>
  );
}
