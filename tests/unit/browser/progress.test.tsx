// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteShell } from '@/components/layout/SiteShell';
import { listChapters } from '@/lib/content/chapters.server';
import type { Locale } from '@/lib/i18n/locales';
import { PROGRESS_EVENT } from '@/lib/markup/progress';
import { THEME_KEY } from '@/lib/markup/themeKey';
import { quizPlace, quizStorageKey, visitKey } from '@/lib/progress/progress';
import { setupProgress } from '@/browser/progress';
import { renderPage } from './page';

/** A chapter page as the export serves it: the site frame with the chapter's article inside. */
function openChapter(slug: string, locale: Locale = 'en') {
  renderPage(
    <SiteShell locale={locale} current={slug} path={`${slug}/`}>
      <article className="prose" data-chapter={slug} />
    </SiteShell>,
    locale,
  );
  setupProgress();
}

const link = (slug: string) => document.querySelector<HTMLAnchorElement>(`.sidebar a[href$="/${slug}/"]`)!;
const mark = (slug: string) => link(slug).querySelector<HTMLElement>('.progress-mark');
const seen = (slug: string) => mark(slug)!.querySelector('[aria-hidden="true"]')!.textContent;
const spoken = (slug: string) => mark(slug)!.querySelector('.sr-only')!.textContent;
const summary = () => document.querySelector('.sidebar-progress-summary')!.textContent;
const resetButton = () => document.querySelector<HTMLButtonElement>('.sidebar-progress button')!;
const quizzesIn = (locale: Locale, slug: string) => readFileSync(`content/${locale}/${slug}.mdx`, 'utf8').match(/^\s*<Quiz\b/gm)!.length;

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('reading progress on the sidebar the site frame renders', () => {
  const chapters = listChapters('en').length;

  it('records the visit of the chapter being read and shows it in the list', () => {
    openChapter('self-attention');
    expect(localStorage.getItem(visitKey('en', 'self-attention'))).not.toBeNull();
    expect(seen('self-attention')).toBe('✓');
    expect(spoken('self-attention')).toBe(', visited');
    expect(seen('tokens-and-embeddings')).toBe('');
    expect(summary()).toBe(`1 of ${chapters} chapters visited`);
    expect(resetButton().hidden).toBe(false);
  });

  it('counts self-checks answered right against the total the HTML gives, live', () => {
    openChapter('self-attention');
    const total = quizzesIn('en', 'positional-encoding');
    localStorage.setItem(quizStorageKey(quizPlace('en', 'positional-encoding', 'a')), JSON.stringify({ choice: 0, correct: true }));
    localStorage.setItem(quizStorageKey(quizPlace('en', 'positional-encoding', 'b')), JSON.stringify({ choice: 2, correct: false }));
    window.dispatchEvent(new Event(PROGRESS_EVENT));
    expect(seen('positional-encoding')).toBe(`1/${total}`);
    expect(spoken('positional-encoding')).toBe(`, 1 of ${total} self-checks right`);
    expect(summary()).toBe(`1 of ${chapters} chapters visited`);
  });

  it('shows nothing to reset before anything was read', () => {
    renderPage(<SiteShell locale="en" current={null} path="" children={null} />);
    setupProgress();
    expect(localStorage.length).toBe(0);
    expect(summary()).toBe('');
    expect(resetButton().hidden).toBe(true);
  });

  it('forgets visits and answers, and nothing else, once the reader confirms', () => {
    localStorage.setItem(THEME_KEY, 'dark');
    localStorage.setItem(quizStorageKey(quizPlace('en', 'self-attention', 'a')), JSON.stringify({ choice: 0, correct: true }));
    openChapter('self-attention');
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    window.confirm = confirm;
    resetButton().click();
    expect(localStorage.length).toBe(3);
    resetButton().click();
    expect(confirm).toHaveBeenCalledWith('Forget which chapters you have visited and your self-check answers?');
    expect(localStorage.length).toBe(1);
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
    expect(seen('self-attention')).toBe('');
    expect(summary()).toBe('');
    expect(resetButton().hidden).toBe(true);
  });

  it('speaks the page’s language', async () => {
    // a fresh page: the site script reads its words once per page
    vi.resetModules();
    const fresh = await import('@/browser/progress');
    renderPage(
      <SiteShell locale="zh" current="self-attention" path="self-attention/">
        <article className="prose" data-chapter="self-attention" />
      </SiteShell>,
      'zh',
    );
    fresh.setupProgress();
    expect(localStorage.getItem(visitKey('zh', 'self-attention'))).not.toBeNull();
    expect(spoken('self-attention')).toBe(', 已读');
    expect(summary()).toBe(`已读 1/${listChapters('zh').length} 章`);
  });
});
