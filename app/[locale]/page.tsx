/**
 * The home of one language: what the site is, a live instrument in the first screen (the
 * tiny model's next-token guesses and attention on the visitor's own text, an island
 * mounted after first paint), and every chapter in reading order as a card that shows
 * what is inside: a small picture of its first figure, its reading time and its
 * instruments, all computed from the chapter's source.
 */
import type { Metadata } from 'next';
import { ChapterCard } from '@/components/layout/ChapterCard';
import { SiteShell } from '@/components/layout/SiteShell';
import { widgets } from '@/components/mdx/widgets';
import { IslandPlaceholder } from '@/components/widget/IslandPlaceholder';
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
        <div className="home-instrument">
          <IslandPlaceholder widget={widgets.NextTokenGlance} props={{ locale }} />
        </div>
        {first && (
          <p>
            <a className="start-button" href={`/${locale}/${first.slug}/`}>
              {t.startHere}
              {t.colon}
              {first.title} →
            </a>
          </p>
        )}
        <h2 id="chapters">{t.chapters}</h2>
        <ol className="chapter-list">
          {chapters.map((chapter) => (
            <li key={chapter.slug}>
              <ChapterCard locale={locale} chapter={chapter} />
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
