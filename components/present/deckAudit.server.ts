/**
 * The content check's view of decks (npm run check:content): a deck must parse, name
 * only `##` ids of its chapter, and show only blocks its sections have; a deck file
 * without a chapter is reported too. Blocks a deck leaves unshown are listed as notes
 * (they still get slides of their own, without the teacher's notes).
 */
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { ReactElement, ReactNode } from 'react';
import { getMDXComponent } from 'mdx-bundler/client';
import { figures } from '@/components/figures';
import { mdxComponents, widgetTags } from '@/components/mdx/registry';
import { slideBlocks } from '@/components/present/slideBlocks';
import type { GlossaryEntry } from '@/lib/content/glossary';
import type { Locale } from '@/lib/i18n/locales';
import { deckProblems } from '@/lib/present/deck';
import { deckFile, readDeck } from '@/lib/present/deck.server';
import type { SlideBlock } from '@/lib/present/slides';

/** The chapter's top-level blocks as the presenter page sees them. */
export function presenterBlocks(code: string, locale: Locale, slug: string, glossary: Map<string, GlossaryEntry>): SlideBlock[] {
  const Content = getMDXComponent(code) as unknown as (props: { components: object }) => ReactElement<{ children?: ReactNode }>;
  const components = mdxComponents({ locale, slug, glossary, mode: 'present' });
  const children = ([] as ReactNode[]).concat(Content({ components }).props.children);
  const names = new Map<unknown, string>(Object.entries(components).map(([name, component]) => [component, name]));
  return slideBlocks(children, names, { widgets: new Set(widgetTags()), figures: new Set(Object.keys(figures)) }).blocks;
}

/** Problems of one chapter's deck, and the blocks it leaves unshown. */
export function auditDeck(code: string, locale: Locale, slug: string, glossary: Map<string, GlossaryEntry>): { problems: string[]; unshown: string[] } {
  const { deck, problems } = readDeck(locale, slug);
  if (!deck) return { problems, unshown: [] };
  return deckProblems(deck, presenterBlocks(code, locale, slug, glossary), deckFile(locale, slug));
}

/** Deck files whose chapter does not exist. */
export function orphanDecks(locale: Locale, slugs: Set<string>): string[] {
  const dir = path.join(process.cwd(), 'content', 'decks', locale);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !slugs.has(name.slice(0, -5)))
    .map((name) => `${path.join('content', 'decks', locale, name)}: there is no chapter content/${locale}/${name.slice(0, -5)}.mdx`);
}
