/**
 * The search box in the header: a button that looks like a search field. Static markup;
 * the site script opens the search dialog from it (and from `/` or Ctrl/Cmd+K), loading
 * the dialog and the index only then.
 */
import { SEARCH_OPEN } from '@/lib/markup/chrome';

interface SearchButtonProps {
  /** Visible word, e.g. "Search". */
  label: string;
  /** Accessible name with the shortcut, e.g. "Search (/ or Ctrl+K)". */
  hint: string;
}

export function SearchButton({ label, hint }: SearchButtonProps) {
  return (
    <button type="button" className="search-button" {...{ [SEARCH_OPEN]: true }} aria-haspopup="dialog" aria-expanded="false" aria-label={hint} title={hint}>
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
        <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M15.5 15.5L21 21" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <span className="search-button-text">{label}</span>
      <kbd aria-hidden="true">/</kbd>
    </button>
  );
}
