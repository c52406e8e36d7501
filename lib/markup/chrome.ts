/**
 * The site frame's half of the contract between the static HTML and the site script
 * (browser/chrome.ts, browser/searchTrigger.ts, browser/offline.ts, browser/uiStrings.ts):
 * every attribute, id and class the script looks up in the frame's markup
 * (components/layout/, app/[locale]/layout.tsx). The server writes them with these
 * constants and the script selects with them, so a rename reaches both sides at once.
 * Values stay plain strings: the names are the contract, and they are also what the CSS
 * and the browser tests see.
 */

/** The theme switch (ThemeToggle.tsx): a button with both labels, so the script can say what the next press does. */
export const THEME_TOGGLE = {
  /** Marks the theme switch button. */
  button: 'data-theme-toggle',
  /** Its label while the page is dark ("Switch to light theme"). */
  labelLight: 'data-label-light',
  /** Its label while the page is light. */
  labelDark: 'data-label-dark',
} as const;

/** The attribute on <html> that holds the theme ('light' | 'dark'), set by the inline theme script before paint. */
export const THEME_ATTRIBUTE = 'data-theme';

/** The phone menu (MobileNav.tsx): a button that folds the chapter list open and closed. */
export const MENU = {
  /** Marks the menu button. */
  button: 'data-menu-button',
  /** Its label while the menu is closed. */
  labelOpen: 'data-label-open',
  /** Its label while the menu is open. */
  labelClose: 'data-label-close',
  /** The id of the panel the button controls. */
  panelId: 'site-nav',
  /** On the panel: 'true' while open, 'false' otherwise (the CSS shows it from this). */
  open: 'data-open',
} as const;

/** The link to this page in the other language (LocaleSwitch.tsx); the script carries the section anchor over. */
export const LOCALE_SWITCH = 'data-locale-switch';

/** Copy buttons: section links (CopyLink.tsx) and the cite-or-share rows (CiteShare.tsx). */
export const COPY_BUTTON = {
  /** On a button that copies a link: the fragment to link to ('' for the page itself). */
  link: 'data-copy-link',
  /** On a button that copies a text as it is. */
  text: 'data-copy-text',
  /** What to announce once copied, in the page's language. */
  copied: 'data-copied',
  /** Class of the live region inside the button that announces it. */
  status: 'copy-link-status',
} as const;

/**
 * Classes of the blocks that may scroll sideways: chapter prose (`prose`) and the wrapper
 * the chapter's tables are rendered in (components/mdx/registry.tsx); KaTeX's own
 * `katex-display` and <pre> complete the list.
 */
export const SCROLLABLE = {
  prose: 'prose',
  tableWrap: 'table-wrap',
} as const;

/** The header's search box (SearchButton.tsx), which opens the search dialog. */
export const SEARCH_OPEN = 'data-search-open';

/** The site script's own <script> element (app/[locale]/layout.tsx). */
export const SITE_SCRIPT = {
  /** Marks the element. */
  script: 'data-site-script',
  /** The interface words the script needs, as JSON (lib/i18n/strings.ts, clientStrings). */
  ui: 'data-ui',
} as const;

/** Class of the page footer (SiteShell.tsx), where the offline button is added. */
export const SITE_FOOTER = 'site-footer';
