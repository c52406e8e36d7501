/**
 * One chapter on the home page: number, title, description, and what is inside, all
 * read from the chapter's source (lib/content/chapterCard.ts): a small picture of its
 * first figure (decorative: the text says what the chapter is), its reading time and the
 * names of its instruments (widgets).
 */
import type { ComponentType } from 'react';
import { figures, type FigureBaseProps } from '@/components/figures';
import { widgets } from '@/components/mdx/widgets';
import { firstTag, readingMinutes, tagsUsed } from '@/lib/content/chapterCard';
import { chapterSource } from '@/lib/content/chapters.server';
import type { ChapterMeta } from '@/lib/content/navigation';
import type { Locale } from '@/lib/i18n/locales';
import { strings } from '@/lib/i18n/strings';

export function ChapterCard({ locale, chapter }: { locale: Locale; chapter: ChapterMeta }) {
  const t = strings[locale];
  const source = chapterSource(locale, chapter.slug);
  const figure = firstTag(source, Object.keys(figures));
  // a figure takes its own props from the chapter source (figure.props) besides the common ones
  const Figure = figure ? (figures as unknown as Record<string, ComponentType<FigureBaseProps & Record<string, unknown>>>)[figure.name] : null;
  const instruments = tagsUsed(source, Object.keys(widgets)).map((tag) => widgets[tag].title[locale]);
  return (
    <a className="chapter-card" href={`/${locale}/${chapter.slug}/`}>
      {Figure && figure && (
        <span className="chapter-card-picture" aria-hidden="true">
          <Figure {...figure.props} caption="" alt="" locale={locale} />
        </span>
      )}
      <span className="chapter-list-num" aria-hidden="true">
        {chapter.order}
      </span>
      <span className="chapter-list-title">{chapter.title}</span>
      <span className="chapter-list-desc">{chapter.description}</span>
      <span className="chapter-card-facts">
        <span>{t.readingTime(readingMinutes(source, locale))}</span>
        {instruments.length > 0 && <span>{t.instruments(instruments)}</span>}
      </span>
    </a>
  );
}
