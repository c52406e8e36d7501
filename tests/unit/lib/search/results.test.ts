/** Search results: a page with its anchored sections, heading titles without the copy-link "#", the reader's language first. */
import { describe, expect, it } from 'vitest';
import { cleanTitle, orderGroups, toHit } from '@/lib/search/results';

describe('toHit', () => {
  it('lists the anchored sections first, at most three, with clean titles', () => {
    const hit = toHit({
      url: '/en/self-attention/',
      excerpt: 'page',
      meta: { title: 'Self-attention' },
      sub_results: [
        { title: 'Self-attention', url: '/en/self-attention/', excerpt: 'top' },
        { title: 'Softmax#', url: '/en/self-attention/#softmax', excerpt: 'the <mark>softmax</mark>' },
        { title: 'Why scale #', url: '/en/self-attention/#why-scale', excerpt: 'x' },
        { title: 'Empty', url: '/en/self-attention/#empty', excerpt: ' ' },
        { title: 'A', url: '/en/self-attention/#a', excerpt: 'a' },
        { title: 'B', url: '/en/self-attention/#b', excerpt: 'b' },
      ],
    });
    expect(hit.title).toBe('Self-attention');
    expect(hit.sections.map((s) => [s.title, s.url])).toEqual([
      ['Softmax', '/en/self-attention/#softmax'],
      ['Why scale', '/en/self-attention/#why-scale'],
      ['A', '/en/self-attention/#a'],
    ]);
  });

  it('ranks sections by how many matching words they hold', () => {
    const hit = toHit({
      url: '/en/a/',
      excerpt: '',
      meta: { title: 'A' },
      sub_results: [
        { title: 'One', url: '/en/a/#one', excerpt: 'x', locations: [4] },
        { title: 'Three', url: '/en/a/#three', excerpt: 'x', locations: [10, 12, 30] },
        { title: 'Two', url: '/en/a/#two', excerpt: 'x', locations: [50, 51] },
      ],
    });
    expect(hit.sections.map((s) => s.title)).toEqual(['Three', 'Two', 'One']);
  });

  it('falls back to the page itself when there are no sections', () => {
    expect(toHit({ url: '/zh/glossary/', excerpt: '词元', meta: { title: '术语表' } }).sections).toEqual([{ title: '术语表', url: '/zh/glossary/', excerpt: '词元' }]);
  });
});

describe('cleanTitle', () => {
  it('removes only a trailing "#"', () => {
    expect(cleanTitle('C# basics #')).toBe('C# basics');
    expect(cleanTitle('问题：词义取决于上下文#')).toBe('问题：词义取决于上下文');
  });
});

describe('orderGroups', () => {
  it('puts the reader’s language first', () => {
    expect(orderGroups([{ locale: 'en' }, { locale: 'zh' }], 'zh').map((g) => g.locale)).toEqual(['zh', 'en']);
    expect(orderGroups([{ locale: 'en' }, { locale: 'zh' }], 'en').map((g) => g.locale)).toEqual(['en', 'zh']);
  });
});
