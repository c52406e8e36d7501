/** The Open Graph cards of every chapter and of the glossary, in every language; shared by og-images.ts and og-font.ts. */
import { listChapters } from '@/lib/content/chapters.server';
import { loadGlossary } from '@/lib/content/glossary.server';
import { languageTag, locales, type Locale } from '@/lib/i18n/locales';
import { strings } from '@/lib/i18n/strings';
import type { CardInput } from '@/lib/og/card';

/** The glossary's card is drawn like a chapter's, under this name. */
export const GLOSSARY_SLUG = 'glossary';

export interface ChapterCard {
  locale: Locale;
  slug: string;
  card: CardInput;
}

export function chapterCards(): ChapterCard[] {
  return locales.flatMap((locale) => {
    const chapters = listChapters(locale);
    const t = strings[locale];
    const glossary: ChapterCard = {
      locale,
      slug: GLOSSARY_SLUG,
      card: { siteName: t.siteName, kicker: t.glossaryCount(loadGlossary().length), title: t.glossary, slug: GLOSSARY_SLUG, lang: languageTag[locale] },
    };
    return [
      ...chapters.map((chapter, i) => ({
        locale,
        slug: chapter.slug,
        card: { siteName: t.siteName, kicker: t.chapterOf(i + 1, chapters.length), title: chapter.title, slug: chapter.slug, lang: languageTag[locale] },
      })),
      glossary,
    ];
  });
}

/** Every character the cards draw, plus printable ASCII so new English titles never miss a glyph. */
export function cardCharacters(cards: ChapterCard[]): string {
  const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
  const text = ascii + cards.map(({ card }) => card.siteName + card.kicker + card.title).join('');
  return [...new Set(text)].sort().join('');
}

/** The committed font subset and the characters it holds. */
export const FONT_FILE = 'scripts/build/og/NotoSansCJKsc-Bold-subset.otf';
export const FONT_CHARS = 'scripts/build/og/NotoSansCJKsc-Bold-subset.txt';
