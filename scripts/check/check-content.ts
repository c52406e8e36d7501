/**
 * Content checks, run by `npm run check:content` and `npm test`: every chapter exists in
 * both languages, its frontmatter is valid, it compiles (math included), it renders
 * through the real MDX registry, it has its fixed parts and at least three self-checks,
 * the two languages share heading ids, quizzes and widget notes, the glossary is complete in both
 * languages, every internal link and #anchor resolves, and each presenter deck
 * (content/decks/) names only real sections and blocks of its chapter. Prints every problem found,
 * then exits 1 if there was any.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from '@/components/mdx/registry';
import { chapterFile, chapterSlugs, listChapters, loadChapter, readFrontmatter } from '@/lib/content/chapters.server';
import { glossaryById, loadGlossary } from '@/lib/content/glossary.server';
import { brokenLinks, chapterStructureProblems, idsIn, mathOnlyHeaderCells, parityProblems, quizIds, widgetNoteIds, type ParityFacts, type RenderedPage } from '@/lib/content/audit';
import { locales } from '@/lib/i18n/locales';
import { quizBalanceProblems } from '@/lib/content/quizBalance';
import { terminologyProblems } from '@/lib/content/terminology.server';
import { auditDeck, orphanDecks } from '@/components/present/deckAudit.server';

/** The curriculum: these public URLs must exist in both languages. */
const CURRICULUM = [
  'what-is-an-llm',
  'tokens-and-embeddings',
  'transformer-blocks',
  'self-attention',
  'positional-encoding',
  'model-families',
  'training-and-customization',
  'use-cases',
  'challenges',
  'getting-started',
];
const MIN_GLOSSARY_TERMS = 40;
const partial = process.argv.includes('--partial');

const problems: string[] = [];
const report = (where: string, problem: string) => problems.push(`${where}: ${problem}`);

/** Quiz id → answer index, read from the source, for comparing languages. */
function quizAnswers(source: string): Map<string, string> {
  const answers = new Map<string, string>();
  for (const block of source.match(/<Quiz\b[\s\S]*?\/>/g) ?? []) {
    const id = /\bid="([^"]+)"/.exec(block)?.[1];
    const answer = /\banswer=\{\s*(\d+)\s*\}/.exec(block)?.[1];
    const options = (block.match(/\btext\s*:/g) ?? []).length;
    if (id) answers.set(id, `${answer ?? '?'}/${options}`);
  }
  return answers;
}

async function main() {
  const pages = new Map<string, Set<string>>();
  const rendered: RenderedPage[] = [];
  const perLocale = new Map<string, ParityFacts & { answers: Map<string, string> }>();

  let glossary = new Map<string, ReturnType<typeof loadGlossary>[number]>();
  try {
    glossary = glossaryById();
  } catch (error) {
    report('content/glossary', (error as Error).message);
  }

  const slugSets = new Map(locales.map((l) => [l, new Set(chapterSlugs(l))]));
  for (const locale of locales) {
    const other = locales.find((l) => l !== locale)!;
    for (const slug of slugSets.get(locale)!) {
      if (!slugSets.get(other)!.has(slug)) report(chapterFile(locale, slug), `has no ${other} version (${chapterFile(other, slug)})`);
    }
    if (!partial) {
      for (const slug of CURRICULUM) if (!slugSets.get(locale)!.has(slug)) report(chapterFile(locale, slug), 'is missing (part of the curriculum)');
    }
  }

  for (const locale of locales) {
    const chapters: { slug: string }[] = [];
    for (const slug of [...slugSets.get(locale)!].sort()) {
      try {
        readFrontmatter(locale, slug);
        chapters.push({ slug });
      } catch (error) {
        report(chapterFile(locale, slug), (error as Error).message.replace(/^content\/\S+: /, ''));
      }
    }
    try {
      listChapters(locale);
    } catch (error) {
      if (chapters.length === slugSets.get(locale)!.size) report(`content/${locale}`, (error as Error).message);
    }
    pages.set(`/${locale}/`, new Set(['main', 'chapters']));
    for (const { slug } of chapters) {
      const file = chapterFile(locale, slug);
      try {
        const chapter = await loadChapter(locale, slug);
        const Content = getMDXComponent(chapter.code);
        const html = renderToStaticMarkup(createElement(Content, { components: mdxComponents({ locale, slug, glossary }) }));
        const path = `/${locale}/${slug}/`;
        pages.set(path, new Set([...idsIn(html), 'main']));
        rendered.push({ path, html });
        const headingIds = chapter.headings.map((h) => h.id);
        for (const problem of chapterStructureProblems(html, headingIds)) report(file, problem);
        for (const cell of mathOnlyHeaderCells(chapter.source)) report(file, `table header ${cell} is only a formula; write it as text (e.g. *p*(mat))`);
        const deck = auditDeck(chapter.code, locale, slug, glossary);
        for (const problem of deck.problems) report('content/decks', problem);
        for (const block of deck.unshown) console.warn(`  note: ${locale}/${slug} deck, ${block} is not on a key-point slide (it gets a slide of its own)`);
        perLocale.set(`${locale}/${slug}`, { headings: headingIds, quizzes: quizIds(html), widgetNotes: widgetNoteIds(html), answers: quizAnswers(chapter.source) });
      } catch (error) {
        report(file, (error as Error).message.replace(/^content\/\S+: /, ''));
      }
    }
  }

  for (const locale of locales) for (const problem of orphanDecks(locale, slugSets.get(locale)!)) report('content/decks', problem);

  for (const slug of slugSets.get('en')!) {
    const en = perLocale.get(`en/${slug}`);
    const zh = perLocale.get(`zh/${slug}`);
    if (!en || !zh) continue;
    for (const problem of parityProblems(en, zh)) report(`content/*/${slug}.mdx`, problem);
    for (const [id, answer] of en.answers) {
      const other = zh.answers.get(id);
      if (other && other !== answer) report(`content/*/${slug}.mdx`, `quiz "${id}" has answer/options ${answer} in en but ${other} in zh`);
    }
  }

  // Glossary: complete in both languages, anchored in a real section of its chapter.
  const entries = [...glossary.values()];
  if (!partial && entries.length < MIN_GLOSSARY_TERMS) report('content/glossary', `has ${entries.length} terms; at least ${MIN_GLOSSARY_TERMS} are needed`);
  for (const locale of locales) {
    pages.set(`/${locale}/glossary/`, new Set([...entries.map((e) => e.id), 'main']));
    for (const entry of entries) {
      const where = `content/glossary/${entry.chapter}.json (${entry.id})`;
      const chapterIds = pages.get(`/${locale}/${entry.chapter}/`);
      if (!slugSets.get(locale)!.has(entry.chapter)) report(where, `names chapter "${entry.chapter}", which has no ${locale} file`);
      else if (entry.anchor && chapterIds && !chapterIds.has(entry.anchor)) report(where, `anchor "#${entry.anchor}" is not a heading id of ${locale}/${entry.chapter}`);
    }
  }

  for (const problem of terminologyProblems()) problems.push(`${problem} (Chinese terminology)`);
  const extra = new Set(['/', '/favicon.svg']);
  for (const page of rendered) {
    for (const link of brokenLinks(page, pages, extra)) report(`content${page.path.replace(/\/$/, '.mdx')}`, `broken link ${link}`);
  }

  for (const [where, problem] of quizBalanceProblems(rendered)) report(where, problem);

  const chapterCount = rendered.length;
  if (problems.length) {
    console.error(`Content check: ${problems.length} problem(s) in ${chapterCount} rendered chapter files\n`);
    for (const problem of problems) console.error(`  ✗ ${problem}`);
    process.exit(1);
  }
  console.log(`Content check: ${chapterCount} chapter files in ${locales.length} languages and ${entries.length} glossary terms: all good.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
