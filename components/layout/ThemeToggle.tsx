/**
 * The theme switch. Static markup: the site script (browser/chrome.ts) makes it work
 * and keeps its label saying what a press will do.
 */
import { THEME_TOGGLE } from '@/lib/markup/chrome';

interface ThemeToggleProps {
  /** "Switch to light theme" and "Switch to dark theme" in the page's language. */
  labels: { toLight: string; toDark: string };
}

export function ThemeToggle({ labels }: ThemeToggleProps) {
  return (
    <button
      type="button"
      className="icon-button theme-toggle"
      {...{ [THEME_TOGGLE.button]: true, [THEME_TOGGLE.labelLight]: labels.toLight, [THEME_TOGGLE.labelDark]: labels.toDark }}
      aria-label={labels.toDark}
      title={labels.toDark}
    >
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" className="icon-moon">
        <path fill="currentColor" d="M20 14.5A8.5 8.5 0 0 1 9.5 4a8.5 8.5 0 1 0 10.5 10.5z" />
      </svg>
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" className="icon-sun">
        <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <circle cx="12" cy="12" r="4.5" />
          <path d="M12 2v2M12 20v2M2 12h2M20 12h2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
        </g>
      </svg>
    </button>
  );
}
