/**
 * "Cite or share" at the foot of a chapter: the chapter's address and a short citation,
 * each with a copy button (the site script's copy mechanism, COPY_BUTTON.text). Plain
 * HTML in a <details>, closed until the reader asks for it.
 */
import { strings } from '@/lib/i18n/strings';
import { COPY_BUTTON } from '@/lib/markup/chrome';
import type { Locale } from '@/lib/i18n/locales';

interface CiteShareProps {
  locale: Locale;
  title: string;
  /** Position of the chapter in the reading order. */
  chapter: number;
  /** Absolute URL of the chapter. */
  url: string;
}

export function CiteShare({ locale, title, chapter, url }: CiteShareProps) {
  const t = strings[locale];
  const citation = t.citationText(title, chapter, url);
  const rows = [
    { id: 'share-url', label: t.pageLink, text: url },
    { id: 'share-citation', label: t.citation, text: citation },
  ];
  return (
    <details className="cite-share">
      <summary>{t.citeOrShare}</summary>
      <dl>
        {rows.map((row) => (
          <div key={row.id} className="cite-share-row">
            <dt id={row.id}>{row.label}</dt>
            <dd>
              <code>{row.text}</code>
              <button type="button" className="widget-button" {...{ [COPY_BUTTON.text]: row.text, [COPY_BUTTON.copied]: t.copied }} aria-describedby={row.id}>
                {t.copy}
                <span className={COPY_BUTTON.status} role="status" />
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
