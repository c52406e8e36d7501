'use client';
/** Switches between light and dark themes and remembers the choice in localStorage. */
import { useEffect, useState } from 'react';
import { THEME_KEY } from './ThemeScript';

interface ThemeToggleProps {
  labels: { light: string; dark: string; toggle: [string, string] };
}

type Theme = 'light' | 'dark';

export function ThemeToggle({ labels }: ThemeToggleProps) {
  const [theme, setTheme] = useState<Theme | null>(null);
  useEffect(() => {
    setTheme(document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');
  }, []);
  function toggle() {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // private mode: the switch still applies to this page
    }
    setTheme(next);
  }
  // labels.toggle = [switch-to-light text, switch-to-dark text]
  const label = theme === 'dark' ? labels.toggle[0] : labels.toggle[1];
  return (
    <button type="button" className="icon-button" onClick={toggle} aria-label={label} title={label} data-theme-toggle>
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
        {theme === 'dark' ? (
          <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
            <circle cx="12" cy="12" r="4.5" />
            <path d="M12 2v2M12 20v2M2 12h2M20 12h2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
          </g>
        ) : (
          <path fill="currentColor" d="M20 14.5A8.5 8.5 0 0 1 9.5 4a8.5 8.5 0 1 0 10.5 10.5z" />
        )}
      </svg>
    </button>
  );
}
