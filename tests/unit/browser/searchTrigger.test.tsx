// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchButton } from '@/components/layout/SearchButton';
import { press, renderPage, settle } from './page';

const openSearch = vi.hoisted(() => vi.fn());
vi.mock('@/browser/search/dialog', () => ({ openSearch }));
const { setupSearchTrigger } = await import('@/browser/searchTrigger');

beforeAll(() => {
  renderPage(
    <>
      <SearchButton label="Search" hint="Search (/ or Ctrl+K)" />
      <input type="text" aria-label="a field" />
    </>,
  );
  setupSearchTrigger();
});

beforeEach(() => {
  openSearch.mockClear();
  (document.activeElement as HTMLElement | null)?.blur?.();
});

const button = () => document.querySelector<HTMLButtonElement>('.search-button')!;

describe('search trigger on the header’s search box', () => {
  it('opens the dialog from the search box', async () => {
    button().click();
    await vi.waitFor(() => expect(openSearch).toHaveBeenCalledWith(button(), ''));
  });

  it.each([
    ['/', {}],
    ['k', { ctrlKey: true }],
    ['K', { metaKey: true }],
  ])('opens it with %s (%o), taking the key from the page', async (key, init) => {
    expect(press(key, init, document.body).defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(openSearch).toHaveBeenCalledWith(button(), ''));
  });

  it('leaves / to a text field that has focus', async () => {
    const field = document.querySelector('input')!;
    field.focus();
    expect(press('/', {}, field).defaultPrevented).toBe(false);
    await settle(20);
    expect(openSearch).not.toHaveBeenCalled();
  });

  it('hands over what the reader types while the dialog’s code arrives', async () => {
    press('/', {}, document.body);
    press('s', {}, document.body);
    press('o', {}, document.body);
    await vi.waitFor(() => expect(openSearch).toHaveBeenCalled());
    expect(openSearch).toHaveBeenCalledWith(button(), 'so');
  });
});
