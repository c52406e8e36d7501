import { describe, expect, it } from 'vitest';
import { chapterPath, linkedInstance, scopedParams, widgetLink, withScopedParams } from '@/lib/widgets/widgetLink';

describe('instance parameters', () => {
  const search = new URLSearchParams('a.layer=2&b.layer=3&a.sentence=Tea+for+two&notes=1');

  it('reads only its own parameters, without the prefix', () => {
    expect([...scopedParams(search, 'a')]).toEqual([
      ['layer', '2'],
      ['sentence', 'Tea for two'],
    ]);
    expect([...scopedParams(search, 'b')]).toEqual([['layer', '3']]);
    // "a-2" is another instance, not a prefix match of "a"
    expect([...scopedParams(new URLSearchParams('a-2.layer=4'), 'a')]).toEqual([]);
  });

  it("replaces its own parameters and keeps the others'", () => {
    const next = withScopedParams(search, 'a', new URLSearchParams('head=4'));
    expect(next.toString()).toBe('b.layer=3&notes=1&a.head=4');
  });
});

describe('widgetLink', () => {
  it('keeps only the instance’s parameters and anchors at it', () => {
    const href = 'https://example.org/en/self-attention/?b.layer=3&a.layer=2&notes=1#queries-keys-values';
    expect(widgetLink(href, 'a')).toBe('https://example.org/en/self-attention/?a.layer=2#a');
  });

  it('points a link copied on a slide at the chapter', () => {
    expect(widgetLink('http://localhost:3100/zh/self-attention/present/?a.view=heatmap#slide-7', 'a')).toBe('http://localhost:3100/zh/self-attention/?a.view=heatmap#a');
    expect(chapterPath('/en/x/present/')).toBe('/en/x/');
    expect(chapterPath('/en/present-tense/')).toBe('/en/present-tense/');
  });

  it('is the bare anchor when the view is the default one', () => {
    expect(widgetLink('https://example.org/en/x/', 'a')).toBe('https://example.org/en/x/#a');
  });
});

describe('linkedInstance', () => {
  const ids = ['attention-explorer', 'attention-by-hand'];
  it('prefers the anchor, then the first instance with parameters', () => {
    expect(linkedInstance('https://e.org/en/x/?attention-explorer.layer=2#attention-by-hand', ids)).toBe('attention-by-hand');
    expect(linkedInstance('https://e.org/en/x/?attention-by-hand.step=3', ids)).toBe('attention-by-hand');
    expect(linkedInstance('https://e.org/en/x/#summary', ids)).toBeNull();
    expect(linkedInstance('https://e.org/en/x/?layer=2', ids)).toBeNull();
  });
});
