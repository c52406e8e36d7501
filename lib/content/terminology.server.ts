/** Runs the Chinese terminology and style rules over every file that shows Chinese text (chapters, glossary, UI strings, presenter decks). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import rules from './terminology.zh.json';
import { chineseItalics, halfWidthColons, ruleProblems, termFindings, type TermRule } from './terminology';

const ROOT = process.cwd();

function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(relative, keep);
    return keep(entry.name) ? [relative] : [];
  });
}

/** The Chinese text of a glossary file: only its zh fields, one per line. */
function glossaryChinese(json: string): string {
  const entries = JSON.parse(json) as { zh?: { term: string; definition: string } }[];
  return entries.map((e) => `${e.zh?.term ?? ''} ${e.zh?.definition ?? ''}`).join('\n');
}

/** Every problem as "file:line: message". */
export function terminologyProblems(): string[] {
  const list = rules as TermRule[];
  const problems = ruleProblems(list).map((p) => `lib/content/terminology.zh.json: ${p}`);
  const chapters = files('content/zh', (n) => n.endsWith('.mdx'));
  const glossary = files('content/glossary', (n) => n.endsWith('.json'));
  const ui = [...files('lib/i18n', (n) => n.endsWith('.ts')), ...files('visualizations', (n) => /strings\.ts$/i.test(n))];
  const report = (file: string, text: string) => {
    for (const f of termFindings(text, list)) problems.push(`${file}:${f.line}: "${f.found}" for ${f.concept}; write “${f.preferred}”`);
    for (const line of halfWidthColons(text)) problems.push(`${file}:${line}: half-width colon after Chinese text; write “：”`);
  };
  for (const file of chapters) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    report(file, text);
    for (const line of chineseItalics(text)) problems.push(`${file}:${line}: italics around Chinese text; use bold or nothing`);
  }
  for (const file of glossary) report(`${file} (zh, entry)`, glossaryChinese(readFileSync(path.join(ROOT, file), 'utf8')));
  // The presenter decks' Chinese notes and slide titles are read aloud in class: the same terms apply.
  for (const file of files('content/decks/zh', (n) => n.endsWith('.json'))) report(file, readFileSync(path.join(ROOT, file), 'utf8'));
  for (const file of ui) report(file, readFileSync(path.join(ROOT, file), 'utf8'));
  return problems;
}
