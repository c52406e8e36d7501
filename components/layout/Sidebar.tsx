/** Every chapter in reading order, with the current one marked, plus the glossary. */
import { navLabel, type ChapterMeta } from '@/lib/content/navigation';
import { strings } from '@/lib/i18n/strings';
import type { Locale } from '@/lib/i18n/locales';

interface SidebarProps {
  locale: Locale;
  chapters: ChapterMeta[];
  /** Slug of the page being shown ('glossary' for the glossary), or null on the home page. */
  current: string | null;
}

export function Sidebar({ locale, chapters, current }: SidebarProps) {
  const t = strings[locale];
  return (
    <nav aria-label={t.mainNav} className="sidebar">
      <p className="sidebar-title">{t.chapters}</p>
      <ol className="sidebar-list">
        {chapters.map((chapter) => (
          <li key={chapter.slug}>
            <a
              href={`/${locale}/${chapter.slug}/`}
              aria-current={chapter.slug === current ? 'page' : undefined}
              data-chapter={chapter.slug}
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
    </nav>
  );
}
