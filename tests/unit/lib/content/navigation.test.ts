import { describe, expect, it } from 'vitest';
import { navLabel, neighbours, type ChapterMeta } from '@/lib/content/navigation';

const chapter = (slug: string, order: number, shortTitle?: string): ChapterMeta => ({ slug, order, title: slug.toUpperCase(), description: 'd', shortTitle });
const chapters = [chapter('a', 1), chapter('b', 2, 'Bee'), chapter('c', 3)];

describe('neighbours', () => {
  it('gives previous, next and position', () => {
    expect(neighbours(chapters, 'b')).toMatchObject({ previous: { slug: 'a' }, next: { slug: 'c' }, position: 2, total: 3 });
  });
  it('has no previous for the first and no next for the last', () => {
    expect(neighbours(chapters, 'a').previous).toBeNull();
    expect(neighbours(chapters, 'c').next).toBeNull();
  });
  it('refuses an unknown slug', () => {
    expect(() => neighbours(chapters, 'zz')).toThrow('No chapter "zz"');
  });
  it('prefers the short title as a label', () => {
    expect(navLabel(chapters[1])).toBe('Bee');
    expect(navLabel(chapters[0])).toBe('A');
  });
});
