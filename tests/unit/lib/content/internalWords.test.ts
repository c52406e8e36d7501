/**
 * Readers never see the project's internal words: the article the site's scope came
 * from is named (NVIDIA's "What Are Large Language Models?") wherever it is cited, never
 * called "the seed article" in a chapter, a glossary entry, a deck or a widget string.
 * (The Chinese terms are refused by lib/content/terminology.zh.json.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { walk } from '@/scripts/lib/files';

const ROOTS = ['content', 'components', 'visualizations', 'lib', 'app', 'browser'];
const INTERNAL = /\bseed[ -](article|text|source)\b/i;

const files = (root: string) => walk(root).filter((file) => /\.(tsx?|mdx|json|css)$/.test(file));

describe('internal words', () => {
  it('no reader-facing file says "seed article"', () => {
    const found = ROOTS.flatMap(files).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (INTERNAL.test(line) ? [`${file}:${i + 1}: ${line.trim().slice(0, 80)}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
