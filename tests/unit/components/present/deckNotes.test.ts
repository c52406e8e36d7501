/**
 * Every slide of every chapter, in both languages, carries the teacher's notes: each chapter has a
 * key-point deck, and the slides it makes from the chapter's blocks (the presenter
 * page's own path: the MDX rendered for presenting, its blocks, the deck) all come from
 * the deck, none from the prose splitter or from a block the deck forgot to show.
 */
import { describe, expect, it } from 'vitest';
import { chapterSlugs, loadChapter } from '@/lib/content/chapters.server';
import { glossaryById } from '@/lib/content/glossary.server';
import { locales } from '@/lib/i18n/locales';
import { deckSlides } from '@/lib/present/deck';
import { presenterBlocks } from '@/components/present/deckAudit.server';
import { readDeck } from '@/lib/present/deck.server';

describe.each(locales)('speaker notes on every %s slide', (locale) => {
  for (const slug of chapterSlugs(locale)) {
    it(slug, async () => {
      const { deck, problems } = readDeck(locale, slug);
      expect(problems).toEqual([]);
      expect(deck, `content/decks/${locale}/${slug}.json is missing`).not.toBeNull();
      const chapter = await loadChapter(locale, slug);
      const blocks = presenterBlocks(chapter.code, locale, slug, glossaryById());
      const slides = deckSlides(blocks, deck);
      const withoutNotes = slides
        .map((slide, i) => ({ slide: i + 1, section: slide.section, notes: slide.keyPoints?.notes ?? [], shows: slide.blocks.map((b) => blocks[b].name ?? blocks[b].kind) }))
        .filter((s) => s.notes.length === 0 || s.notes.some((note) => note.trim() === ''))
        .map((s) => `slide ${s.slide} (section "${s.section}", shows ${s.shows.join(', ') || 'prose'})`);
      expect(withoutNotes).toEqual([]);
      expect(slides.length).toBeGreaterThan(0);
    });
  }
});
