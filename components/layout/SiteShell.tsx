/**
 * The frame of every page in a language: skip link, header (site name, search box,
 * language switch, theme), the chapter list as sidebar or phone menu, the page itself, and the footer.
 */
import type { ReactNode } from 'react';
import { LocaleSwitch } from './LocaleSwitch';
import { MobileNav } from './MobileNav';
import { SearchButton } from './SearchButton';
import { Sidebar } from './Sidebar';
import { ThemeToggle } from './ThemeToggle';
import { listChapters } from '@/lib/content/chapters.server';
import { quizTotals } from '@/lib/content/quizTotals.server';
import { languageName, languageTag, otherLocale, type Locale } from '@/lib/i18n/locales';
import { strings } from '@/lib/i18n/strings';
import { SITE_FOOTER } from '@/lib/markup/chrome';

interface SiteShellProps {
  locale: Locale;
  /** Slug of the current page for the sidebar ('glossary', or null for the home page). */
  current: string | null;
  /** Path after the locale of this page, e.g. 'self-attention/', for the language switch. */
  path: string;
  /** Right-hand column (the table of contents), shown on wide screens. */
  aside?: ReactNode;
  children: ReactNode;
}

export function SiteShell({ locale, current, path, aside, children }: SiteShellProps) {
  const t = strings[locale];
  const other = otherLocale(locale);
  return (
    <>
      <a href="#main" className="skip-link">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <a href={`/${locale}/`} className="site-name">
            {t.siteName}
          </a>
          <div className="site-tools">
            <SearchButton label={t.search} hint={t.searchShortcut} />
            <LocaleSwitch href={`/${other}/${path}`} name={languageName[other]} label={t.languageSwitch} hrefLang={languageTag[other]} />
            <ThemeToggle labels={{ toLight: t.themeToggle(t.themeLight), toDark: t.themeToggle(t.themeDark) }} />
            <MobileNav openLabel={t.menu} closeLabel={t.closeMenu}>
              <Sidebar locale={locale} chapters={listChapters(locale)} current={current} quizTotals={quizTotals(locale)} />
            </MobileNav>
          </div>
        </div>
      </header>
      <div className="page-grid">
        <main id="main" tabIndex={-1} className="page-main">
          {children}
        </main>
        {aside && <aside className="page-aside">{aside}</aside>}
      </div>
      <footer className={SITE_FOOTER}>
        <p>
          {t.licenseDetail}{' '}
          <a href="https://creativecommons.org/licenses/by/4.0/" rel="license noopener noreferrer">
            CC BY 4.0
          </a>{' '}
          ·{' '}
          <a href="https://opensource.org/license/mit" rel="noopener noreferrer">
            MIT
          </a>
        </p>
        <p>{t.sourceNote}</p>
      </footer>
    </>
  );
}
