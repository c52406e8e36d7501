/**
 * A chapter as slides for a class: `/<locale>/<slug>/present/`. The chapter's deck
 * (content/decks/, lib/present/deck.ts) gives its key-point slides; a section without
 * one is divided by lib/present/slides.ts. `?notes=1` opens the same page as the
 * speaker-notes view for a second screen. Not indexed: the chapter page is canonical.
 */
import type { Metadata } from 'next';
import type { ReactElement, ReactNode } from 'react';
import { getMDXComponent } from 'mdx-bundler/client';
import { figures } from '@/components/figures';
import { mdxComponents, widgetTags } from '@/components/mdx/registry';
import { PresenterView } from '@/components/present/PresenterView';
import { slideBlocks } from '@/components/present/slideBlocks';
import { chapterParams, listChapters, loadChapter, type ChapterParams } from '@/lib/content/chapters.server';
import { glossaryById } from '@/lib/content/glossary.server';
import { neighbours } from '@/lib/content/navigation';
import { strings } from '@/lib/i18n/strings';
import { deckSlides } from '@/lib/present/deck';
import { loadDeck } from '@/lib/present/deck.server';
import { slideAnchors } from '@/lib/present/slides';
import { pageMetadata } from '@/lib/site';

type Params = { params: Promise<ChapterParams> };

export const dynamicParams = false;

export { chapterParams as generateStaticParams };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, slug } = await params;
  const { meta } = await loadChapter(locale, slug);
  const base = pageMetadata({ locale, path: `${slug}/`, title: strings[locale].presenterTitle(meta.title), description: meta.description });
  return { ...base, robots: { index: false } };
}

export default async function PresentPage({ params }: Params) {
  const { locale, slug } = await params;
  const chapter = await loadChapter(locale, slug);
  const Content = getMDXComponent(chapter.code) as unknown as (props: { components: object }) => ReactElement<{ children?: ReactNode }>;
  const components = mdxComponents({ locale, slug, glossary: glossaryById(), mode: 'present' });
  // MDX returns a fragment of the chapter's top-level blocks; the slides regroup them.
  const tree = Content({ components });
  const children = ([] as ReactNode[]).concat(tree.props.children);
  const names = new Map<unknown, string>(Object.entries(components).map(([name, component]) => [component, name]));
  const { elements, blocks } = slideBlocks(children, names, { widgets: new Set(widgetTags()), figures: new Set(Object.keys(figures)) });
  const near = neighbours(listChapters(locale), slug);
  const slides = deckSlides(blocks, loadDeck(locale, slug));
  return (
    <PresenterView
      locale={locale}
      slug={slug}
      title={chapter.meta.title}
      description={chapter.meta.description}
      kicker={strings[locale].chapterOf(near.position, near.total)}
      slides={slides}
      elements={elements}
      anchors={slideAnchors(slides, blocks)}
    />
  );
}
