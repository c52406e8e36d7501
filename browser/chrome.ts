/**
 * Progressive enhancement of the site frame, in plain DOM code so that reading a chapter
 * needs no framework: the theme toggle, the phone menu, the language switch that keeps
 * the section, the copy-link buttons beside headings and the cite-or-share panel's copy
 * buttons (`data-copy-text`). Every control is already in
 * the static HTML; this only makes it work.
 */
import { copyText } from '@/lib/widgets/clipboard';
import { COPY_BUTTON, LOCALE_SWITCH, MENU, SCROLLABLE, THEME_ATTRIBUTE, THEME_TOGGLE } from '@/lib/markup/chrome';
import { THEME_KEY } from '@/lib/markup/themeKey';

const theme = () => document.documentElement.getAttribute(THEME_ATTRIBUTE);

function setupTheme(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>(`[${THEME_TOGGLE.button}]`)) {
    const sync = () => {
      const dark = theme() === 'dark';
      button.setAttribute('aria-label', button.getAttribute(dark ? THEME_TOGGLE.labelLight : THEME_TOGGLE.labelDark)!);
      button.title = button.getAttribute('aria-label')!;
      button.setAttribute('aria-pressed', String(dark));
    };
    sync();
    button.addEventListener('click', () => {
      const next = theme() === 'dark' ? 'light' : 'dark';
      document.documentElement.setAttribute(THEME_ATTRIBUTE, next);
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
  const button = document.querySelector<HTMLButtonElement>(`[${MENU.button}]`);
  const panel = document.getElementById(MENU.panelId);
  if (!button || !panel) return;
  const isOpen = () => panel.getAttribute(MENU.open) === 'true';
  const setOpen = (open: boolean, focusButton = false) => {
    panel.setAttribute(MENU.open, String(open));
    button.setAttribute('aria-expanded', String(open));
    button.setAttribute('aria-label', button.getAttribute(open ? MENU.labelClose : MENU.labelOpen)!);
    if (open) (panel.querySelector<HTMLElement>('a[aria-current="page"]') ?? panel.querySelector<HTMLElement>('a'))?.focus();
    else if (focusButton) button.focus();
  };
  button.addEventListener('click', () => setOpen(!isOpen()));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isOpen()) setOpen(false, true);
  });
}

/**
 * The language switch opens the other language's page at the section the reader is at.
 * The link itself carries the section (set now and on every hash change), so a middle
 * click or a copied link keeps it too; a click reads the hash once more, since a copied
 * widget link or a presenter may have set it with replaceState, which fires no event.
 */
function setupLocaleSwitch(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>(`[${LOCALE_SWITCH}]`)];
  const section = () => (/^#[a-z0-9-]+$/.test(location.hash) ? location.hash : '');
  const pageOf = (link: HTMLAnchorElement) => (link.getAttribute('href') ?? '').split('#')[0];
  const sync = () => {
    for (const link of links) link.setAttribute('href', pageOf(link) + section());
  };
  sync();
  window.addEventListener('hashchange', sync);
  for (const link of links) {
    link.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      sync();
    });
  }
}

function setupCopyLinks(): void {
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>(`[${COPY_BUTTON.link}], [${COPY_BUTTON.text}]`);
    if (!button) return;
    const target = button.getAttribute(COPY_BUTTON.link) ?? '';
    const url = new URL(target || location.href, location.href);
    if (target.startsWith('#')) history.replaceState(history.state, '', url.hash);
    if (await copyText(button.getAttribute(COPY_BUTTON.text) ?? url.href)) {
      const status = button.querySelector(`.${COPY_BUTTON.status}`);
      if (status) {
        status.textContent = button.getAttribute(COPY_BUTTON.copied) ?? '';
        window.setTimeout(() => (status.textContent = ''), 2000);
      }
    }
  });
}

const SCROLLABLE_BLOCKS = `.${SCROLLABLE.prose} .katex-display, .${SCROLLABLE.prose} pre, .${SCROLLABLE.prose} .${SCROLLABLE.tableWrap}`;

// Any overflow keeps the stop, even one pixel: that is what axe counts as a scrolling region.
function measure(box: HTMLElement): void {
  if (box.scrollWidth > box.clientWidth) box.tabIndex = 0;
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
  const boxes = () => Array.from(document.querySelectorAll<HTMLElement>(SCROLLABLE_BLOCKS));
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
        if (target.matches(SCROLLABLE_BLOCKS)) measure(target);
        for (const box of target.querySelectorAll<HTMLElement>(SCROLLABLE_BLOCKS)) measure(box);
      },
      true,
    );
  }
  update();
  let timer = 0;
  const later = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 150);
  };
  window.addEventListener('resize', later);
  // A formula measured before KaTeX's fonts arrived was measured in a fallback font, and may
  // only overflow once they do: measure again whenever fonts finish loading.
  document.fonts?.addEventListener('loadingdone', later);
}

export function enhanceChrome(): void {
  setupScrollable();
  setupTheme();
  setupMenu();
  setupLocaleSwitch();
  setupCopyLinks();
}
