/**
 * Glossary entries: their shape and validation. Each chapter's terms live in
 * `content/glossary/<slug>.json` with both languages side by side, so a term can never
 * exist in one language only.
 */
import type { Locale } from '../i18n/locales';

export interface GlossaryText {
  /** The term as written in this language. */
  term: string;
  /** One or two self-contained sentences. */
  definition: string;
}

export interface GlossaryEntry {
  /** Stable id: the `id` of `<Term>` and the anchor on the glossary page. */
  id: string;
  /** Slug of the chapter that teaches the term. */
  chapter: string;
  /** Heading id in that chapter where the term is taught. */
  anchor?: string;
  en: GlossaryText;
  zh: GlossaryText;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function checkText(value: unknown, where: string): GlossaryText {
  const text = value as Partial<GlossaryText> | undefined;
  if (!text || typeof text !== 'object') throw new Error(`${where} is missing`);
  if (typeof text.term !== 'string' || !text.term.trim()) throw new Error(`${where}.term is missing`);
  if (typeof text.definition !== 'string' || !text.definition.trim()) throw new Error(`${where}.definition is missing`);
  return { term: text.term.trim(), definition: text.definition.trim() };
}

/** Validates the parsed JSON of one chapter's glossary file. */
export function parseGlossaryFile(data: unknown, chapter: string, file: string): GlossaryEntry[] {
  if (!Array.isArray(data)) throw new Error(`${file}: must be a JSON array of terms`);
  return data.map((raw, index) => {
    const item = raw as Record<string, unknown>;
    const where = `${file}: term ${index + 1}`;
    if (typeof item.id !== 'string' || !ID.test(item.id)) throw new Error(`${where}: "id" must be lowercase words joined by "-"`);
    if (item.anchor !== undefined && (typeof item.anchor !== 'string' || !ID.test(item.anchor))) {
      throw new Error(`${where} (${item.id}): "anchor" must be a heading id`);
    }
    return {
      id: item.id,
      chapter,
      anchor: item.anchor as string | undefined,
      en: checkText(item.en, `${where} (${item.id}) "en"`),
      zh: checkText(item.zh, `${where} (${item.id}) "zh"`),
    };
  });
}

/** Sorts entries alphabetically in one language (Chinese by its pinyin collation). */
export function sortForLocale(entries: GlossaryEntry[], locale: Locale): GlossaryEntry[] {
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-Hans-u-co-pinyin' : 'en', { sensitivity: 'base' });
  return [...entries].sort((a, b) => collator.compare(a[locale].term, b[locale].term));
}
