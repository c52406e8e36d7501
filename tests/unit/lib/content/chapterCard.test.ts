import { describe, expect, it } from 'vitest';
import { firstTag, proseOf, readingMinutes, tagsUsed, WORDS_PER_MINUTE } from '@/lib/content/chapterCard';

const source = [
  '---',
  'title: A title that is not counted',
  '---',
  '## Heading words {/*heading*/}',
  'Some prose with $x^2$ inline math.',
  '',
  '$$',
  'a + b + c + d',
  '$$',
  '',
  '<MaskDiagram caption="Masks" alt="Three masks" kind={2} />',
  '',
  '<AttentionExplorer />',
  '',
  '```ts',
  'const notCounted = 1;',
  '```',
].join('\n');

describe('chapter card', () => {
  it('counts the prose only', () => {
    // "## Heading words" and "Some prose with inline math." → Heading, words, Some, prose, with, inline, math
    expect(proseOf(source).match(/[A-Za-z]+/g)).toEqual(['Heading', 'words', 'Some', 'prose', 'with', 'inline', 'math']);
  });

  it('rounds reading time up to whole minutes, one at least', () => {
    expect(readingMinutes(source, 'en')).toBe(1);
    const long = Array.from({ length: WORDS_PER_MINUTE * 3 + 1 }, () => 'word').join(' ');
    expect(readingMinutes(long, 'en')).toBe(4);
    expect(readingMinutes('汉'.repeat(800), 'zh')).toBe(2);
    expect(readingMinutes('汉'.repeat(801), 'zh')).toBe(3);
  });

  it('lists the tags used in order of first use, and the first one’s string props', () => {
    expect(tagsUsed(source, ['AttentionExplorer', 'MaskDiagram', 'HeadGallery'])).toEqual(['MaskDiagram', 'AttentionExplorer']);
    expect(firstTag(source, ['MaskDiagram'])).toEqual({ name: 'MaskDiagram', props: { caption: 'Masks', alt: 'Three masks', kind: 2 } });
    expect(firstTag(source, ['HeadGallery'])).toBeNull();
  });

  it('reads JSON literal props, and passes over a tag with a prop it cannot read', () => {
    const tokens = '<TokenizationDiagram text="a b" tokens={["a", " b"]} caption="c" />\n<StackDiagram layers={sizes} />\n<MaskDiagram caption="m" />';
    expect(firstTag(tokens, ['TokenizationDiagram', 'StackDiagram'])).toEqual({ name: 'TokenizationDiagram', props: { text: 'a b', tokens: ['a', ' b'], caption: 'c' } });
    expect(firstTag(tokens, ['StackDiagram', 'MaskDiagram'])).toEqual({ name: 'MaskDiagram', props: { caption: 'm' } });
  });
});
