/** The small "Present" link beside a chapter's title, to its presenter view (slides for a class). */
import { strings } from '@/lib/i18n/strings';
import type { Locale } from '@/lib/i18n/locales';

export function PresentLink({ locale, slug }: { locale: Locale; slug: string }) {
  const t = strings[locale];
  return (
    <a href={`/${locale}/${slug}/present/`} className="present-link-chapter" title={t.presentHint} data-pagefind-ignore>
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
        <rect x="3" y="4" width="18" height="12" rx="1.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M12 16v4M8 20h8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      {t.present}
    </a>
  );
}
