'use client';
/**
 * On narrow screens the chapter list folds into a menu: a button opens it, Escape or the
 * button closes it and focus returns to the button. On wide screens the same list is
 * the always-visible sidebar (CSS decides), so the navigation exists once in the HTML.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

interface MobileNavProps {
  openLabel: string;
  closeLabel: string;
  children: ReactNode;
}

export function MobileNav({ openLabel, closeLabel, children }: MobileNavProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    panel.current?.querySelector<HTMLElement>('a[aria-current="page"], a')?.focus();
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="menu-button icon-button"
        aria-expanded={open}
        aria-controls="site-nav"
        aria-label={open ? closeLabel : openLabel}
        onClick={() => setOpen(!open)}
      >
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <path
            d={open ? 'M6 6l12 12M18 6L6 18' : 'M4 7h16M4 12h16M4 17h16'}
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>
      </button>
      <div id="site-nav" ref={panel} className="site-nav" data-open={open ? 'true' : 'false'}>
        {children}
      </div>
    </>
  );
}
