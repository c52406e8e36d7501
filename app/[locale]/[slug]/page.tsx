/** One chapter: its MDX rendered on the server through the tag registry, in the site frame. */
import type { Metadata } from 'next';
import { getMDXComponent } from 'mdx-bundler/client';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { CiteShare } from '@/components/layout/CiteShare';
import { PresentLink } from '@/components/layout/PresentLink';
import { PrevNext } from '@/components/layout/PrevNext';
import { SiteShell } from '@/components/layout/SiteShell';
import { Toc } from '@/components/layout/Toc';
import { mdxComponents, widgetTags } from '@/components/mdx/registry';
import { chapterParams, listChapters, loadChapter, type ChapterParams } from '@/lib/content/chapters.server';
import { glossaryById } from '@/lib/content/glossary.server';
import { neighbours } from '@/lib/content/navigation';
import { strings } from '@/lib/i18n/strings';
import { SCROLLABLE } from '@/lib/markup/chrome';
import { PROGRESS } from '@/lib/markup/progress';
import { ogImagePath, pageMetadata, siteUrl } from '@/lib/site';

type Params = { params: Promise<ChapterParams> };

export const dynamicParams = false;

export { chapterParams as generateStaticParams };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, slug } = await params;
  const { meta } = await loadChapter(locale, slug);
  const t = strings[locale];
  const image = { url: ogImagePath(locale, slug), alt: t.ogImageAlt(meta.title) };
  return pageMetadata({ locale, path: `${slug}/`, title: `${meta.title} · ${t.siteName}`, description: meta.description, image });
}

export default async function ChapterPage({ params }: Params) {
  const { locale, slug } = await params;
  const chapter = await loadChapter(locale, slug);
  const Content = getMDXComponent(chapter.code);
  const near = neighbours(listChapters(locale), slug);
  const t = strings[locale];
  const hasWidgets = widgetTags().some((tag) => new RegExp(`<${tag}\\b`).test(chapter.source));
  return (
    <SiteShell locale={locale} current={slug} path={`${slug}/`} aside={<Toc locale={locale} headings={chapter.headings} />}>
      <article className={SCROLLABLE.prose} data-pagefind-body {...{ [PROGRESS.chapter]: slug }} data-has-widgets={hasWidgets ? 'true' : 'false'}>
        <div className="chapter-top">
          <Breadcrumbs locale={locale} current={t.chapterOf(near.position, near.total)} />
          <PresentLink locale={locale} slug={slug} />
        </div>
        <h1>{chapter.meta.title}</h1>
        <p className="chapter-description">{chapter.meta.description}</p>
        <Content components={mdxComponents({ locale, slug, glossary: glossaryById() })} />
      </article>
      <CiteShare locale={locale} title={chapter.meta.title} chapter={near.position} url={`${siteUrl}/${locale}/${slug}/`} />
      <PrevNext locale={locale} neighbours={near} />
    </SiteShell>
  );
}
