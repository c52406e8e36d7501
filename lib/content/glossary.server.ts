/** Loads every chapter's glossary file into one list, refusing duplicate ids. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR } from './chapters.server';
import { parseGlossaryFile, type GlossaryEntry } from './glossary';

let cache: GlossaryEntry[] | null = null;

export function loadGlossary(): GlossaryEntry[] {
  if (cache) return cache;
  const dir = path.join(CONTENT_DIR, 'glossary');
  const entries: GlossaryEntry[] = [];
  const seen = new Map<string, string>();
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  for (const name of files) {
    const file = path.join('content', 'glossary', name);
    const chapter = name.slice(0, -'.json'.length);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
    }
    for (const entry of parseGlossaryFile(data, chapter, file)) {
      const other = seen.get(entry.id);
      if (other) throw new Error(`${file}: term "${entry.id}" is already defined in ${other}`);
      seen.set(entry.id, file);
      entries.push(entry);
    }
  }
  cache = entries;
  return entries;
}

/** The glossary as a map from id to entry. */
export function glossaryById(): Map<string, GlossaryEntry> {
  return new Map(loadGlossary().map((e) => [e.id, e]));
}
