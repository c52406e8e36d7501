/**
 * Opens the search dialog from the header's search box, `/` or Ctrl/Cmd+K. Only this
 * trigger is in the site script; the dialog (browser/search/) and the Pagefind index
 * load the first time search is opened.
 */
import { SEARCH_OPEN } from '@/lib/markup/chrome';

function typing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (/^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName) || element.isContentEditable);
}

export function setupSearchTrigger(): void {
  const button = document.querySelector<HTMLButtonElement>(`[${SEARCH_OPEN}]`);
  if (!button) return;
  const open = async () => {
    // keep what the reader types while the dialog's code arrives, and hand it over
    let typed = '';
    const buffer = (event: KeyboardEvent) => {
      if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
        typed += event.key;
        event.preventDefault();
      }
    };
    document.addEventListener('keydown', buffer, true);
    try {
      const { openSearch } = await import('./search/dialog');
      openSearch(button, typed);
    } finally {
      document.removeEventListener('keydown', buffer, true);
    }
  };
  button.addEventListener('click', () => void open());
  document.addEventListener('keydown', (event) => {
    const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target);
    if (!k && !slash) return;
    if (document.querySelector('dialog.search-dialog[open]')) return;
    event.preventDefault();
    void open();
  });
}
