import { describe, expect, it } from 'vitest';
import { compileMdx } from '@/lib/content/compile.server';
import { extractHeadings, plainHeadingText } from '@/lib/content/headings';

describe('extractHeadings', () => {
  it('reads explicit ids and plain text, skipping code fences', () => {
    const source = [
      '## Queries, keys and `values` {/*qkv*/}',
      '```md',
      '## not a heading {/*nope*/}',
      '```',
      '### Why $\\sqrt{d_k}$? {/*why-scale*/}',
      '## 没有编号的标题',
    ].join('\n');
    expect(extractHeadings(source)).toEqual([
      { depth: 2, id: 'qkv', text: 'Queries, keys and values' },
      { depth: 3, id: 'why-scale', text: 'Why \\sqrt{d_k}?' },
      { depth: 2, id: '', text: '没有编号的标题' },
    ]);
  });

  it('strips emphasis and links from heading text', () => {
    expect(plainHeadingText('The **big** [idea](/en/x/)')).toBe('The big idea');
  });
});

describe('compileMdx with explicit ids', () => {
  it('turns the trailing comment into the heading id and renders math to HTML', async () => {
    const { code } = await compileMdx('---\ntitle: T\n---\n\n## 自注意力 {/*self-attention*/}\n\n$x^2$\n', 'test.mdx');
    expect(code).toContain('self-attention');
    expect(code).toContain('katex');
    expect(code).not.toContain('/*self-attention*/');
  });

  it('fails on a heading without an id, naming the file', async () => {
    await expect(compileMdx('## Untitled section\n', 'content/en/bad.mdx')).rejects.toThrow(
      'content/en/bad.mdx: heading "Untitled section" needs an explicit id',
    );
  });

  it('fails on math KaTeX cannot parse', async () => {
    await expect(compileMdx('## A {/*a*/}\n\n$\\frac{1}{$\n', 'content/en/math.mdx')).rejects.toThrow('content/en/math.mdx: math does not render');
  });

  it('refuses imports inside MDX', async () => {
    await expect(compileMdx("import X from './x'\n\n## A {/*a*/}\n", 'content/en/imp.mdx')).rejects.toThrow('may not import');
  });
});
