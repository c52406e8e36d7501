/**
 * The search dialog, loaded the first time search is opened. A modal <dialog> (the page
 * behind it is inert, so focus stays inside; Escape closes it and focus returns to the
 * search box), a search field, and the results as lists of links: the reader's language
 * first, then the other, each page with its best sections and a snippet, each link going
 * straight to the section's anchor. ArrowDown and ArrowUp move between field and links.
 */
import { orderGroups, type SearchHit } from '@/lib/search/results';
import { uiStrings } from '../uiStrings';
import { preload, searchIn } from './pagefind';

const LOCALES = ['en', 'zh'] as const;
const LANG_TAG: Record<string, string> = { en: 'en', zh: 'zh-Hans' };

let dialog: HTMLDialogElement | null = null;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props) as HTMLElementTagNameMap[K];
  node.append(...children);
  return node;
}

function hitItem(hit: SearchHit, lang: string): HTMLLIElement {
  const sections = element('ul', { className: 'search-sections' });
  for (const section of hit.sections) {
    const excerpt = element('span', { className: 'search-excerpt' });
    excerpt.innerHTML = section.excerpt; // Pagefind escapes the text and adds only <mark>
    const link = element('a', { href: section.url, hreflang: lang }, element('span', { className: 'search-section' }, section.title), excerpt);
    sections.append(element('li', {}, link));
  }
  return element('li', { className: 'search-hit' }, element('a', { className: 'search-page', href: hit.url, hreflang: lang }, hit.title), sections);
}

function build(locale: string): HTMLDialogElement {
  const t = uiStrings();
  const input = element('input', { type: 'search', id: 'search-input', autocomplete: 'off', placeholder: t.searchPlaceholder, spellcheck: false });
  const close = element('button', { type: 'button', className: 'search-close icon-button', title: t.searchClose }, '×');
  close.setAttribute('aria-label', t.searchClose);
  const status = element('p', { className: 'search-status' });
  status.setAttribute('role', 'status');
  const results = element('div', { className: 'search-results' });
  const head = element('div', { className: 'search-head' }, element('label', { htmlFor: 'search-input', id: 'search-title', className: 'search-title' }, t.searchLabel), input, close);
  const box = element('dialog', { className: 'search-dialog' }, head, status, results);
  box.setAttribute('aria-labelledby', 'search-title');

  let generation = 0;
  let timer = 0;
  const run = async () => {
    const query = input.value.trim();
    const mine = ++generation;
    if (!query) {
      status.textContent = '';
      results.replaceChildren();
      return;
    }
    status.textContent = t.searching;
    try {
      const groups = await Promise.all(LOCALES.map(async (l) => ({ locale: l, hits: await searchIn(l, query) })));
      if (mine !== generation) return;
      results.replaceChildren();
      let count = 0;
      for (const group of orderGroups(groups, locale)) {
        if (!group.hits.length) continue;
        count += group.hits.length;
        const heading = element('h2', { className: 'search-group' }, group.locale === locale ? t.searchThis : t.searchOther);
        const list = element('ul', { className: 'search-list' }, ...group.hits.map((hit) => hitItem(hit, LANG_TAG[group.locale])));
        list.lang = LANG_TAG[group.locale];
        results.append(heading, list);
      }
      status.textContent = count ? '' : t.searchNoResults;
    } catch {
      if (mine === generation) status.textContent = t.searchFailed;
    }
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 120);
  });
  close.addEventListener('click', () => box.close());
  box.addEventListener('click', (event) => {
    if (event.target === box) box.close();
    const link = (event.target as Element).closest('a');
    if (link && link.pathname === location.pathname) box.close();
  });
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [input, ...results.querySelectorAll<HTMLAnchorElement>('a')];
    const at = stops.indexOf(document.activeElement as HTMLInputElement);
    if (at < 0) return;
    event.preventDefault();
    stops[Math.min(Math.max(at + (event.key === 'ArrowDown' ? 1 : -1), 0), stops.length - 1)].focus();
  });
  return box;
}

/** Opens the dialog (building it the first time), with focus in the search field. */
export function openSearch(opener: HTMLElement, query = ''): void {
  const locale = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
  if (!dialog) {
    dialog = build(locale);
    document.body.append(dialog);
    LOCALES.forEach(preload);
  }
  const input = dialog.querySelector<HTMLInputElement>('input')!;
  if (query) {
    input.value = query;
    input.dispatchEvent(new Event('input'));
  }
  dialog.showModal();
  opener.setAttribute('aria-expanded', 'true');
  dialog.addEventListener('close', () => opener.setAttribute('aria-expanded', 'false'), { once: true });
  input.focus();
  if (!query) input.select();
}
