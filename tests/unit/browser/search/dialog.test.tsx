// @vitest-environment happy-dom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SearchButton } from '@/components/layout/SearchButton';
import { clientStrings } from '@/lib/i18n/strings';
import type { SearchHit } from '@/lib/search/results';
import { press, renderPage } from '../page';

const pagefind = vi.hoisted(() => ({ preload: vi.fn(), searchIn: vi.fn() }));
vi.mock('@/browser/search/pagefind', () => pagefind);
const { openSearch } = await import('@/browser/search/dialog');

const t = clientStrings.en;
const hit = (title: string, url: string): SearchHit => ({ title, url, sections: [{ title: 'Softmax', url: `${url}#softmax`, excerpt: 'the <mark>softmax</mark> of the scores' }] });

beforeAll(() => {
  renderPage(<SearchButton label="Search" hint="Search (/ or Ctrl+K)" />);
});

describe('search dialog', () => {
  it('searches both languages and lists the page’s language first, each link going to its section', async () => {
    pagefind.searchIn.mockImplementation(async (locale: string) => (locale === 'en' ? [hit('Self-attention', '/en/self-attention/')] : [hit('自注意力', '/zh/self-attention/')]));
    const opener = document.querySelector<HTMLButtonElement>('.search-button')!;
    openSearch(opener, 'softmax');
    const dialog = document.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    expect(opener.getAttribute('aria-expanded')).toBe('true');
    expect(pagefind.preload.mock.calls.map((call) => call[0])).toEqual(['en', 'zh']);
    const input = dialog.querySelector('input')!;
    expect(input.value).toBe('softmax');
    expect(document.activeElement).toBe(input);
    await vi.waitFor(() => expect(dialog.querySelectorAll('.search-group')).toHaveLength(2));
    expect([...dialog.querySelectorAll('.search-group')].map((h) => h.textContent)).toEqual([t.searchThis, t.searchOther]);
    expect([...dialog.querySelectorAll('.search-list')].map((list) => list.getAttribute('lang'))).toEqual(['en', 'zh-Hans']);
    const first = dialog.querySelector<HTMLAnchorElement>('.search-sections a')!;
    expect(first.getAttribute('href')).toBe('/en/self-attention/#softmax');
    expect(first.querySelector('mark')!.textContent).toBe('softmax');
    expect(dialog.querySelector('.search-status')!.textContent).toBe('');

    press('ArrowDown', {}, input);
    expect(document.activeElement).toBe(dialog.querySelector('.search-page'));

    dialog.querySelector<HTMLButtonElement>('.search-close')!.click();
    expect(dialog.open).toBe(false);
    expect(opener.getAttribute('aria-expanded')).toBe('false');
  });

  it('says so when nothing matches, and when the index cannot be read', async () => {
    const opener = document.querySelector<HTMLButtonElement>('.search-button')!;
    pagefind.searchIn.mockResolvedValue([]);
    openSearch(opener, 'zzz');
    const status = document.querySelector('.search-status')!;
    await vi.waitFor(() => expect(status.textContent).toBe(t.searchNoResults));
    document.querySelector('dialog')!.close();
    pagefind.searchIn.mockRejectedValue(new Error('no index'));
    openSearch(opener, 'softmax');
    await vi.waitFor(() => expect(status.textContent).toBe(t.searchFailed));
    expect(document.querySelectorAll('dialog')).toHaveLength(1);
  });
});
