/**
 * Reads a chapter's key-point deck, `content/decks/<locale>/<slug>.json`, if it has one
 * (lib/present/deck.ts). A malformed deck stops the build with the file and the slide named.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../i18n/locales';
import { parseDeck, type Deck } from './deck';

/** Path of a chapter's deck, relative to the repo, for messages. */
export function deckFile(locale: Locale, slug: string): string {
  return path.join('content', 'decks', locale, `${slug}.json`);
}

/** The deck and its format problems; `deck` is null when there is no file or it has problems. */
export function readDeck(locale: Locale, slug: string): { deck: Deck | null; problems: string[]; exists: boolean } {
  const file = deckFile(locale, slug);
  const full = path.join(process.cwd(), file);
  if (!existsSync(full)) return { deck: null, problems: [], exists: false };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(full, 'utf8'));
  } catch (error) {
    return { deck: null, problems: [`${file}: not valid JSON (${(error as Error).message})`], exists: true };
  }
  return { ...parseDeck(json, file), exists: true };
}

/** The deck for the build: throws on a malformed one, so a broken deck is never published. */
export function loadDeck(locale: Locale, slug: string): Deck | null {
  const { deck, problems } = readDeck(locale, slug);
  if (problems.length) throw new Error(problems.join('\n'));
  return deck;
}
