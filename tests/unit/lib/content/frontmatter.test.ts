import { describe, expect, it } from 'vitest';
import { validateFrontmatter } from '@/lib/content/frontmatter';

const good = { title: 'Self-attention', description: 'How tokens read each other.', order: 4 };

describe('validateFrontmatter', () => {
  it('accepts a complete frontmatter and trims text', () => {
    expect(validateFrontmatter({ ...good, title: '  Self-attention ' }, 'a.mdx')).toEqual(good);
    expect(validateFrontmatter({ ...good, shortTitle: 'Attention' }, 'a.mdx').shortTitle).toBe('Attention');
  });

  it.each([
    [{ description: 'x', order: 1 }, 'content/en/x.mdx: frontmatter field "title" is missing'],
    [{ ...good, title: 3 }, 'content/en/x.mdx: frontmatter field "title" must be text, got number'],
    [{ ...good, order: '4' }, 'content/en/x.mdx: frontmatter field "order" must be a whole number from 1, got "4"'],
    [{ ...good, order: 0 }, 'content/en/x.mdx: frontmatter field "order" must be a whole number from 1, got 0'],
    [{ title: 'T', order: 1 }, 'content/en/x.mdx: frontmatter field "description" is missing'],
    [{ ...good, description: 'x'.repeat(161) }, 'content/en/x.mdx: frontmatter field "description" is 161 characters; at most 160'],
    [{ ...good, autor: 'me' }, 'content/en/x.mdx: frontmatter field "autor" is not a known field (title, shortTitle, description, order)'],
  ])('names the file and the field: %j', (data, message) => {
    expect(() => validateFrontmatter(data as Record<string, unknown>, 'content/en/x.mdx')).toThrow(message);
  });
});
