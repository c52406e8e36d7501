/**
 * Chinese text uses full-width punctuation (，：；（）): every string in the site's code
 * (string literals, template pieces, JSX text) and every Chinese glossary entry is
 * scanned for a half-width comma, colon or semicolon next to a Chinese character (a
 * space between them allowed), or a half-width bracket touching one. Formulas such as
 * "PE(a) · PE(b)，" or "向量 (x, y)" pass: there the bracket touches Latin letters.
 * Text a widget assembles at run time takes its punctuation from lib/i18n/punctuation.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { punctuation } from '@/lib/i18n/punctuation';

const ROOT = join(__dirname, '../../../..');
const FOLDERS = ['app', 'browser', 'components', 'lib', 'visualizations'];
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const HALF_WIDTH_NEXT_TO_HAN = new RegExp(`[${HAN}] ?[,:;]|[,:;] ?[${HAN}]|[${HAN}][()]|[()][${HAN}]`, 'u');

/** Every .ts and .tsx file under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The text of every string literal, template piece and JSX text in a file, with its line. */
function textsOf(path: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isJsxText(node)) {
      out.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    }
    node.forEachChild(visit);
  };
  visit(source);
  return out;
}

/** The place of each half-width mark next to a Chinese character in `text`. */
const offences = (text: string) => text.split('\n').filter((line) => HALF_WIDTH_NEXT_TO_HAN.test(line));

describe('Chinese punctuation', () => {
  it('finds what it looks for (and lets formulas pass)', () => {
    expect(offences('输入: [n]')).toHaveLength(1);
    expect(offences('线性投影，Q, K, V 与模型,')).toHaveLength(1);
    expect(offences('位置编码(PE)')).toHaveLength(1);
    expect(offences('猫 (0.85), 狗')).toHaveLength(1);
    expect(offences('PE(a) · PE(b)，d_model = 4')).toEqual([]);
    expect(offences('向量 (x, y)')).toEqual([]);
    expect(offences('Step 1 of 4: add')).toEqual([]);
  });

  it('is full-width in every string of the code', () => {
    const found = FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder))).flatMap((path) =>
      textsOf(path).flatMap(({ line, text }) => offences(text).map((bad) => `${relative(ROOT, path)}:${line}: ${bad.trim()}`)),
    );
    expect(found).toEqual([]);
  });

  it('is full-width in every Chinese glossary entry', () => {
    const dir = join(ROOT, 'content/glossary');
    const found = readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .flatMap((name) =>
        (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { id: string; zh: { term: string; definition: string } }[]).flatMap((entry) =>
          offences(`${entry.zh.term}\n${entry.zh.definition}`).map((bad) => `${name} ${entry.id}: ${bad}`),
        ),
      );
    expect(found).toEqual([]);
  });

  it('is what widgets use to assemble Chinese text', () => {
    const zh = punctuation.zh;
    const assembled = [`输入${zh.colon}[n]`, `猫${zh.aside('0.85')}${zh.listSeparator}狗${zh.aside('0.80')}`, `最佳${zh.clauseSeparator}偶然${zh.period}`];
    expect(assembled).toEqual(['输入：[n]', '猫（0.85）、狗（0.80）', '最佳，偶然。']);
    for (const text of assembled) expect(offences(text)).toEqual([]);
  });
});
