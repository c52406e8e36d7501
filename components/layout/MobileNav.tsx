/**
 * On narrow screens the chapter list folds into a menu: the button opens it, Escape or
 * the button closes it and focus returns to the button (browser/chrome.ts). On wide
 * screens the same list is the always-visible sidebar (CSS decides), so the navigation
 * exists once in the HTML.
 */
import type { ReactNode } from 'react';
import { MENU } from '@/lib/markup/chrome';

interface MobileNavProps {
  openLabel: string;
  closeLabel: string;
  children: ReactNode;
}

export function MobileNav({ openLabel, closeLabel, children }: MobileNavProps) {
  return (
    <>
      <button
        type="button"
        className="menu-button icon-button"
        {...{ [MENU.button]: true, [MENU.labelOpen]: openLabel, [MENU.labelClose]: closeLabel }}
        aria-expanded="false"
        aria-controls={MENU.panelId}
        aria-label={openLabel}
      >
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <path className="icon-open" d="M4 7h16M4 12h16M4 17h16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          <path className="icon-close" d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
      <div id={MENU.panelId} className="site-nav" {...{ [MENU.open]: 'false' }}>
        {children}
      </div>
    </>
  );
}
