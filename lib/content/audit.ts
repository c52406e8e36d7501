/**
 * Rules every chapter must meet, applied to its rendered HTML and its headings. Pure
 * functions over strings, shared by the content check script and its unit tests.
 */
import { WIDGET_NOTES_ATTRIBUTE } from '@/lib/markup/island';
import { QUIZ } from '@/lib/markup/quiz';

export interface RenderedPage {
  /** Path as served, e.g. '/en/self-attention/'. */
  path: string;
  html: string;
}

/** Every `id="…"` in a page. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
}

/** Every `href` that points inside the site (starts with `/` or `#`). */
export function internalLinks(html: string): string[] {
  return [...html.matchAll(/\shref="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&')).filter((h) => h.startsWith('/') || h.startsWith('#'));
}

/**
 * Links that lead nowhere: to a page that does not exist or to an anchor missing from
 * its page. `pages` maps each served path to the ids on it; `extra` lists other files
 * (like '/favicon.svg') that exist.
 */
export function brokenLinks(page: RenderedPage, pages: Map<string, Set<string>>, extra: Set<string> = new Set()): string[] {
  const broken: string[] = [];
  for (const href of internalLinks(page.html)) {
    const [rawPath, anchor] = href.split('#');
    const target = rawPath === '' ? page.path : rawPath;
    if (extra.has(target)) continue;
    const ids = pages.get(target);
    if (!ids) broken.push(`${href} (no such page)`);
    else if (anchor && !ids.has(decodeURIComponent(anchor))) broken.push(`${href} (no #${anchor} on ${target})`);
  }
  return broken;
}

/** Ids of the self-check questions in a rendered chapter, in order. */
export function quizIds(html: string): string[] {
  return [...html.matchAll(new RegExp(`${QUIZ.id}="([^"]+)"`, 'g'))].map((m) => m[1]);
}

/** Ids of the widgets that have notes (prose beside the widget, IslandPlaceholder.tsx), in page order. */
export function widgetNoteIds(html: string): string[] {
  return [...html.matchAll(new RegExp(`${WIDGET_NOTES_ATTRIBUTE}="([^"]+)"`, 'g'))].map((m) => m[1]);
}

/** Problems with the fixed parts of a chapter (goals, summary, references, self-checks). */
export function chapterStructureProblems(html: string, headingIds: string[]): string[] {
  const problems: string[] = [];
  if (!html.includes('id="learn-goals"')) problems.push('has no <WhatYouWillLearn> section');
  if (!html.includes('id="chapter-summary"')) problems.push('has no <Summary> section');
  if (headingIds[headingIds.length - 1] !== 'references') problems.push('must end with "## References {/*references*/}"');
  const quizzes = quizIds(html);
  if (quizzes.length < 3) problems.push(`has ${quizzes.length} self-check questions; at least 3 are needed`);
  const duplicates = quizzes.filter((id, i) => quizzes.indexOf(id) !== i);
  if (duplicates.length) problems.push(`repeats quiz id(s) ${[...new Set(duplicates)].join(', ')}`);
  const ids = headingIds.filter((id, i) => headingIds.indexOf(id) !== i);
  if (ids.length) problems.push(`repeats heading id(s) ${[...new Set(ids)].join(', ')}`);
  if (/TODO|TBD|lorem ipsum|coming soon/i.test(html.replace(/<[^>]+>/g, ' '))) problems.push('contains placeholder text (TODO, TBD, lorem ipsum or "coming soon")');
  return problems;
}

/** What must match between a chapter's two languages. */
export interface ParityFacts {
  headings: string[];
  quizzes: string[];
  /** Widgets with notes (widgetNoteIds). */
  widgetNotes?: string[];
}

/** Differences between the two languages of one chapter that would break links, the switch, or leave a widget's notes in one language only. */
export function parityProblems(en: ParityFacts, zh: ParityFacts): string[] {
  const problems: string[] = [];
  if (en.headings.join(' ') !== zh.headings.join(' ')) {
    const onlyEn = en.headings.filter((id) => !zh.headings.includes(id));
    const onlyZh = zh.headings.filter((id) => !en.headings.includes(id));
    problems.push(
      `heading ids differ between en and zh` +
        (onlyEn.length ? `; only in en: ${onlyEn.join(', ')}` : '') +
        (onlyZh.length ? `; only in zh: ${onlyZh.join(', ')}` : '') +
        (!onlyEn.length && !onlyZh.length ? '; same ids in a different order' : ''),
    );
  }
  if (en.quizzes.join(' ') !== zh.quizzes.join(' ')) problems.push(`quiz ids differ: en [${en.quizzes.join(', ')}], zh [${zh.quizzes.join(', ')}]`);
  const enNotes = en.widgetNotes ?? [];
  const zhNotes = zh.widgetNotes ?? [];
  if (enNotes.join(' ') !== zhNotes.join(' ')) problems.push(`widgets with notes differ: en [${enNotes.join(', ')}], zh [${zhNotes.join(', ')}]`);
  return problems;
}

/**
 * Table header cells that hold nothing but a formula. Screen readers get the formula's
 * MathML, but its visible layer is aria-hidden, so the header has no visible text
 * (axe: empty-table-header). Such headers are written as text: *p*(mat), *d*<sub>model</sub>.
 */
export function mathOnlyHeaderCells(source: string): string[] {
  const lines = source.split('\n');
  const found: string[] = [];
  lines.forEach((line, i) => {
    if (!line.startsWith('|') || !/^\|[\s:|-]+\|$/.test((lines[i + 1] ?? '').trim())) return;
    for (const cell of line.trim().replace(/^\||\|$/g, '').split('|')) {
      if (/^\$[^$]+\$$/.test(cell.trim())) found.push(`line ${i + 1}: ${cell.trim()}`);
    }
  });
  return found;
}
