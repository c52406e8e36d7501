/** The glossary of one language: every term in alphabetical order, linked to its chapter. */
import type { Metadata } from 'next';
import { SiteShell } from '@/components/layout/SiteShell';
import { CopyLink } from '@/components/mdx/CopyLink';
import { listChapters } from '@/lib/content/chapters.server';
import { sortForLocale } from '@/lib/content/glossary';
import { loadGlossary } from '@/lib/content/glossary.server';
import { navLabel } from '@/lib/content/navigation';
import type { Locale } from '@/lib/i18n/locales';
import { strings } from '@/lib/i18n/strings';
import { SCROLLABLE } from '@/lib/markup/chrome';
import { ogImagePath, pageMetadata } from '@/lib/site';

type Params = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = strings[locale];
  return pageMetadata({
    locale,
    path: 'glossary/',
    title: `${t.glossary} · ${t.siteName}`,
    description: t.glossaryIntro,
    image: { url: ogImagePath(locale, 'glossary'), alt: t.ogImageAlt(t.glossary) },
  });
}

export default async function GlossaryPage({ params }: Params) {
  const { locale } = await params;
  const t = strings[locale];
  const chapters = new Map(listChapters(locale).map((c) => [c.slug, c]));
  const entries = sortForLocale(loadGlossary(), locale);
  return (
    <SiteShell locale={locale} current="glossary" path="glossary/">
      <article className={SCROLLABLE.prose} data-pagefind-body>
        <h1>{t.glossary}</h1>
        <p className="chapter-description">{t.glossaryIntro}</p>
        <dl className="glossary">
          {entries.map((entry) => {
            const chapter = chapters.get(entry.chapter);
            const text = entry[locale];
            return (
              <div key={entry.id} className="glossary-entry">
                <dt id={entry.id} className="heading">
                  {text.term}
                  {locale === 'zh' && !text.term.includes(entry.en.term) && (
                    <span className="glossary-english" lang="en">
                      {' '}
                      {entry.en.term}
                    </span>
                  )}
                  <CopyLink target={`#${entry.id}`} label={t.copyLinkTo(text.term)} copiedLabel={t.linkCopied} />
                </dt>
                <dd>
                  <p>{text.definition}</p>
                  {chapter && (
                    <p className="glossary-source">
                      {t.glossaryTaughtIn}
                      {t.colon}
                      <a href={`/${locale}/${chapter.slug}/${entry.anchor ? `#${entry.anchor}` : ''}`}>{navLabel(chapter)}</a>
                    </p>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      </article>
    </SiteShell>
  );
}
