/** The home of one language: what the site is, and every chapter in reading order. */
import type { Metadata } from 'next';
import { SiteShell } from '@/components/layout/SiteShell';
import { listChapters } from '@/lib/content/chapters.server';
import type { Locale } from '@/lib/i18n/locales';
import { strings } from '@/lib/i18n/strings';
import { pageMetadata } from '@/lib/site';

type Params = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = strings[locale];
  return { ...pageMetadata({ locale, path: '', title: t.siteName, description: t.siteTagline }), title: { absolute: t.siteName } };
}

export default async function Home({ params }: Params) {
  const { locale } = await params;
  const t = strings[locale];
  const chapters = listChapters(locale);
  const first = chapters[0];
  return (
    <SiteShell locale={locale} current={null} path="">
      <div className="home" data-pagefind-ignore>
        <h1>{t.siteName}</h1>
        <p className="home-tagline">{t.siteTagline}</p>
        {first && (
          <p>
            <a className="start-button" href={`/${locale}/${first.slug}/`}>
              {t.startHere}{t.colon}{first.title} →
            </a>
          </p>
        )}
        <h2 id="chapters">{t.chapters}</h2>
        <ol className="chapter-list">
          {chapters.map((chapter) => (
            <li key={chapter.slug}>
              <a href={`/${locale}/${chapter.slug}/`}>
                <span className="chapter-list-num" aria-hidden="true">
                  {chapter.order}
                </span>
                <span className="chapter-list-title">{chapter.title}</span>
                <span className="chapter-list-desc">{chapter.description}</span>
              </a>
            </li>
          ))}
        </ol>
        <p>
          <a href={`/${locale}/glossary/`}>{t.glossary}</a>: {t.glossaryIntro}
        </p>
      </div>
    </SiteShell>
  );
}
