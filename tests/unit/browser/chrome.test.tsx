// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SiteShell } from '@/components/layout/SiteShell';
import { CopyLink } from '@/components/mdx/CopyLink';
import { CiteShare } from '@/components/layout/CiteShare';
import { strings } from '@/lib/i18n/strings';
import { THEME_KEY } from '@/lib/markup/themeKey';
import { enhanceChrome } from '@/browser/chrome';
import { press, renderPage, settle } from './page';

const t = strings.en;
const toLight = t.themeToggle(t.themeLight);
const toDark = t.themeToggle(t.themeDark);
const copied: string[] = [];

beforeAll(() => {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) }, configurable: true });
  renderPage(
    <SiteShell locale="en" current="self-attention" path="self-attention/">
      <article className="prose">
        <h2 id="softmax">
          Softmax <CopyLink target="#softmax" label="Copy link to section Softmax" copiedLabel="Link copied" />
        </h2>
      </article>
      <CiteShare locale="en" title="Self-attention" chapter={4} url="https://example.org/en/self-attention/" />
    </SiteShell>,
  );
  document.documentElement.dataset.theme = 'light';
  enhanceChrome();
});

beforeEach(() => {
  copied.length = 0;
});

describe('theme toggle', () => {
  const toggle = () => document.querySelector<HTMLButtonElement>('.theme-toggle')!;

  it('says what a press will do, flips the theme and keeps the choice', () => {
    expect(toggle().getAttribute('aria-label')).toBe(toDark);
    expect(toggle().getAttribute('aria-pressed')).toBe('false');
    toggle().click();
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
    expect(toggle().getAttribute('aria-label')).toBe(toLight);
    expect(toggle().title).toBe(toLight);
    expect(toggle().getAttribute('aria-pressed')).toBe('true');
    toggle().click();
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(localStorage.getItem(THEME_KEY)).toBe('light');
    expect(toggle().getAttribute('aria-label')).toBe(toDark);
  });
});

describe('phone menu', () => {
  it('opens on the link of the current chapter, closes with Escape and gives focus back to the button', () => {
    const button = document.querySelector<HTMLButtonElement>('.menu-button')!;
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(panel.dataset.open).toBe('false');
    button.click();
    expect(panel.dataset.open).toBe('true');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-label')).toBe(t.closeMenu);
    expect(panel.contains(document.activeElement)).toBe(true);
    expect(document.activeElement!.getAttribute('aria-current')).toBe('page');
    press('Escape');
    expect(panel.dataset.open).toBe('false');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-label')).toBe(t.menu);
    expect(document.activeElement).toBe(button);
  });
});

describe('language switch', () => {
  it('carries the section the reader is at over to the other language, in the link itself', () => {
    const link = document.querySelector<HTMLAnchorElement>('.locale-switch')!;
    location.hash = '#softmax';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(link.getAttribute('href')).toBe('/zh/self-attention/#softmax');
    // a hash set with replaceState fires no event: a click reads it once more, and the browser follows the link
    history.replaceState(null, '', '#attention-explorer');
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    link.addEventListener('click', (e) => e.preventDefault(), { once: true });
    link.dispatchEvent(event);
    expect(link.getAttribute('href')).toBe('/zh/self-attention/#attention-explorer');
    history.replaceState(null, '', '#x y');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(link.getAttribute('href')).toBe('/zh/self-attention/');
  });
});

describe('copy buttons', () => {
  it('copies a link to the section and announces it', async () => {
    document.querySelector<HTMLButtonElement>('.copy-link')!.click();
    await settle();
    expect(copied).toEqual([new URL('#softmax', location.href).href]);
    expect(document.querySelector('.copy-link [role="status"]')!.textContent).toBe('Link copied');
  });

  it('copies the citation as it is', async () => {
    const citation = t.citationText('Self-attention', 4, 'https://example.org/en/self-attention/');
    const row = [...document.querySelectorAll<HTMLButtonElement>('.cite-share button')].find((b) => b.getAttribute('aria-describedby') === 'share-citation')!;
    row.click();
    await settle();
    expect(copied).toEqual([citation]);
    expect(row.querySelector('[role="status"]')!.textContent).toBe(t.copied);
  });
});
