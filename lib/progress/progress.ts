/**
 * Reading progress, as pure functions over stored keys, shared by the sidebar script and
 * its tests. Self-check results are the keys browser/quiz.ts writes, {@link quizStorageKey}
 * (`llmx:quiz:<locale>/<slug>#<id>` → `{"choice":n,"correct":bool}`); a visit is
 * `llmx:visit:<locale>/<slug>` → the time of the last visit. The number of self-checks of
 * each chapter is written into the sidebar's HTML at build time (`countQuizzes`).
 */
export const QUIZ_PREFIX = 'llmx:quiz:';
export const VISIT_PREFIX = 'llmx:visit:';

export interface ChapterProgress {
  visited: boolean;
  /** Self-checks answered correctly. */
  correct: number;
  /** Self-checks answered at all. */
  answered: number;
}

/** Where a self-check is: `<locale>/<slug>#<id>`, written into its form (`data-key`) by Quiz.tsx. */
export const quizPlace = (locale: string, slug: string, id: string) => `${locale}/${slug}#${id}`;

/** The storage key of a self-check's result, from its place (the form's `data-key`). */
export const quizStorageKey = (place: string) => `${QUIZ_PREFIX}${place}`;

/** The storage key of a chapter visit. */
export const visitKey = (locale: string, slug: string) => `${VISIT_PREFIX}${locale}/${slug}`;

/** Progress of one chapter from all stored entries (key → raw value). */
export function chapterProgress(entries: Map<string, string | null>, locale: string, slug: string): ChapterProgress {
  const prefix = quizStorageKey(quizPlace(locale, slug, ''));
  let correct = 0;
  let answered = 0;
  for (const [key, raw] of entries) {
    if (!key.startsWith(prefix) || raw === null) continue;
    try {
      const value = JSON.parse(raw) as { correct?: unknown };
      answered++;
      if (value?.correct === true) correct++;
    } catch {
      // a damaged entry counts as not answered
    }
  }
  return { visited: entries.get(visitKey(locale, slug)) != null, correct, answered };
}

/** Keys that a reset removes: every visit and self-check result, in every language. */
export function progressKeys(keys: Iterable<string>): string[] {
  return [...keys].filter((key) => key.startsWith(QUIZ_PREFIX) || key.startsWith(VISIT_PREFIX));
}

/** Number of `<Quiz` self-checks in an MDX source, outside code fences. */
export function countQuizzes(source: string): number {
  let inFence = false;
  let count = 0;
  for (const line of source.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    else if (!inFence) count += (line.match(/<Quiz\b/g) ?? []).length;
  }
  return count;
}

/** Fills `{name}` placeholders of a UI string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
