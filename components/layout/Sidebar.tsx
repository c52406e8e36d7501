/**
 * Every chapter in reading order, with the current one marked, plus the glossary. Each
 * link carries its chapter's number of self-checks, so the site script can show reading
 * progress beside it (browser/progress.ts), with a button to reset it.
 */
import { navLabel, type ChapterMeta } from '@/lib/content/navigation';
import { strings } from '@/lib/i18n/strings';
import type { Locale } from '@/lib/i18n/locales';
import { PROGRESS } from '@/lib/markup/progress';

interface SidebarProps {
  locale: Locale;
  chapters: ChapterMeta[];
  /** Slug of the page being shown ('glossary' for the glossary), or null on the home page. */
  current: string | null;
  /** Number of self-checks per chapter slug. */
  quizTotals: Record<string, number>;
}

export function Sidebar({ locale, chapters, current, quizTotals }: SidebarProps) {
  const t = strings[locale];
  return (
    <nav aria-label={t.mainNav} className={PROGRESS.sidebar}>
      <p className="sidebar-title">{t.chapters}</p>
      <ol className="sidebar-list">
        {chapters.map((chapter) => (
          <li key={chapter.slug}>
            <a
              href={`/${locale}/${chapter.slug}/`}
              aria-current={chapter.slug === current ? 'page' : undefined}
              {...{ [PROGRESS.chapter]: chapter.slug, [PROGRESS.quizTotal]: quizTotals[chapter.slug] ?? 0 }}
            >
              <span className="sidebar-num" aria-hidden="true">
                {chapter.order}
              </span>
              <span>{navLabel(chapter)}</span>
            </a>
          </li>
        ))}
      </ol>
      <p className="sidebar-extra">
        <a href={`/${locale}/glossary/`} aria-current={current === 'glossary' ? 'page' : undefined}>
          {t.glossary}
        </a>
      </p>
      <div className="sidebar-progress">
        <p className="sidebar-progress-summary" {...{ [PROGRESS.summary]: true }} />
        <button type="button" className="widget-button" {...{ [PROGRESS.reset]: true }} hidden>
          {t.progressReset}
        </button>
      </div>
    </nav>
  );
}
