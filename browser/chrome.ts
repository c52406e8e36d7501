/**
 * Progressive enhancement of the site frame, in plain DOM code so that reading a chapter
 * needs no framework: the theme toggle, the phone menu, the language switch that keeps
 * the section, the copy-link buttons beside headings and the cite-or-share panel's copy
 * buttons (`data-copy-text`). Every control is already in
 * the static HTML; this only makes it work.
 */
import { copyText } from '@/lib/widgets/clipboard';
import { THEME_KEY } from '@/lib/markup/themeKey';

function setupTheme(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    const sync = () => {
      const dark = document.documentElement.dataset.theme === 'dark';
      button.setAttribute('aria-label', dark ? button.dataset.labelLight! : button.dataset.labelDark!);
      button.title = button.getAttribute('aria-label')!;
      button.setAttribute('aria-pressed', String(dark));
    };
    sync();
    button.addEventListener('click', () => {
      const next = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      try {
        localStorage.setItem(THEME_KEY, next);
      } catch {
        // private mode: the switch still applies to this page
      }
      sync();
    });
  }
}

function setupMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-menu-button]');
  const panel = document.getElementById('site-nav');
  if (!button || !panel) return;
  const setOpen = (open: boolean, focusButton = false) => {
    panel.dataset.open = String(open);
    button.setAttribute('aria-expanded', String(open));
    button.setAttribute('aria-label', open ? button.dataset.labelClose! : button.dataset.labelOpen!);
    if (open) panel.querySelector<HTMLElement>('a[aria-current="page"], a')?.focus();
    else if (focusButton) button.focus();
  };
  button.addEventListener('click', () => setOpen(panel.dataset.open !== 'true'));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && panel.dataset.open === 'true') setOpen(false, true);
  });
}

function setupLocaleSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-locale-switch]')) {
    link.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      const hash = location.hash;
      if (/^#[a-z0-9-]+$/.test(hash)) {
        event.preventDefault();
        location.assign(link.href.split('#')[0] + hash);
      }
    });
  }
}

function setupCopyLinks(): void {
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-copy-link], [data-copy-text]');
    if (!button) return;
    const target = button.dataset.copyLink ?? '';
    const url = new URL(target || location.href, location.href);
    if (target.startsWith('#')) history.replaceState(history.state, '', url.hash);
    if (await copyText(button.dataset.copyText ?? url.href)) {
      const status = button.querySelector('[role="status"]');
      if (status) {
        status.textContent = button.dataset.copied ?? '';
        window.setTimeout(() => (status.textContent = ''), 2000);
      }
    }
  });
}

const SCROLLABLE = '.prose .katex-display, .prose pre, .prose .table-wrap';

function measure(box: HTMLElement): void {
  if (box.scrollWidth > box.clientWidth + 1) box.tabIndex = 0;
  else box.removeAttribute('tabindex');
}

/** False while the block sits in a part of the page the browser has not rendered yet. */
function rendered(box: HTMLElement): boolean {
  return typeof box.checkVisibility === 'function' ? box.checkVisibility({ contentVisibilityAuto: true }) : true;
}

/**
 * Wide formulas, code and tables scroll sideways; those that do keep a tab stop so the
 * keyboard can scroll them. The server gives every such block a tab stop
 * (lib/content/scrollableBlocks.ts), so a block is never a scrolling region without one,
 * whatever the timing; measuring only removes the stops that are not needed. A chapter's blocks far down the page are not laid out until
 * the reader comes near (content-visibility in site.css), and measuring them at load
 * would lay out the whole chapter in one long task. So each block is measured when the
 * browser renders it (the contentvisibilityautostatechange event), which happens before
 * it scrolls into view, and again after the window is resized.
 */
function setupScrollable(): void {
  const boxes = () => Array.from(document.querySelectorAll<HTMLElement>(SCROLLABLE));
  const lazy = 'oncontentvisibilityautostatechange' in window;
  const update = () => {
    for (const box of boxes()) if (!lazy || rendered(box)) measure(box);
  };
  if (lazy) {
    document.addEventListener(
      'contentvisibilityautostatechange',
      (event) => {
        const target = event.target as HTMLElement;
        if ((event as Event & { skipped: boolean }).skipped) return;
        if (target.matches(SCROLLABLE)) measure(target);
        for (const box of target.querySelectorAll<HTMLElement>(SCROLLABLE)) measure(box);
      },
      true,
    );
  }
  update();
  let timer = 0;
  window.addEventListener('resize', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 150);
  });
}

export function enhanceChrome(): void {
  setupScrollable();
  setupTheme();
  setupMenu();
  setupLocaleSwitch();
  setupCopyLinks();
}
