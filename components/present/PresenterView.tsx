/**
 * The presenter view's markup: every slide of a chapter in the static HTML (so it still
 * reads as a handout without JavaScript), a bar with the title, the slide count and the
 * controls, a progress line, the speaker notes kept apart for the notes view, and a
 * blackout screen. browser/present/presenter.ts makes it a slide show; a tiny inline
 * script marks the slide named in the URL before the first paint, so no other slide
 * flashes and only the shown slide's widgets are mounted.
 */
import type { ReactElement } from 'react';
import { ThemeToggle } from '@/components/layout/ThemeToggle';
import type { Slide } from '@/lib/present/slides';
import type { Locale } from '@/lib/i18n/locales';
import { strings } from '@/lib/i18n/strings';

interface PresenterViewProps {
  locale: Locale;
  slug: string;
  title: string;
  description: string;
  /** "Chapter 4 of 10", shown on the title slide. */
  kicker: string;
  slides: Slide[];
  /** The chapter's top-level elements; slides refer to them by index. */
  elements: ReactElement[];
}

const boot = `(function(){var r=document.querySelector('[data-presenter]');if(!r)return;var s=r.querySelectorAll('.slide');var m=/^#slide-(\\d+)$/.exec(location.hash);var n=m?Math.min(Math.max(+m[1],1),s.length):1;s[n-1].classList.add('is-current');r.classList.add('is-presenting');if(/[?&]notes=1/.test(location.search))r.classList.add('is-notes')})();`;

export function PresenterView({ locale, slug, title, description, kicker, slides, elements }: PresenterViewProps) {
  const t = strings[locale];
  const total = slides.length;
  const chapterUrl = `/${locale}/${slug}/`;
  return (
    <div className="presenter" data-presenter data-chapter-url={chapterUrl} data-channel={`llmx:present:${locale}/${slug}`} data-colon={t.colon}>
      <main id="main" className="present-main">
        <div className="slides">
          {slides.map((slide, index) => (
            <section
              key={index}
              className="slide"
              data-slide={index + 1}
              data-section={slide.section}
              data-title={slide.title || title}
              aria-roledescription="slide"
              aria-label={t.slideLabel(index + 1, total)}
            >
              <div className="slide-inner prose">
                {index === 0 && (
                  <div className="slide-cover">
                    <p className="slide-kicker">{kicker}</p>
                    <p className="slide-chapter-title">{title}</p>
                    <p className="slide-description">{description}</p>
                  </div>
                )}
                {slide.continued && (
                  <p className="slide-continued">{t.continuedTitle(slide.title)}</p>
                )}
                {slide.blocks.map((i) => (
                  <SlideElement key={i} element={elements[i]} />
                ))}
              </div>
            </section>
          ))}
        </div>
        <section className="present-notes" aria-labelledby="present-notes-title">
          <h2 id="present-notes-title">{t.speakerNotes}</h2>
          <p className="present-notes-status" data-notes-status />
          <div className="present-notes-body" data-notes-body />
          <p className="present-notes-next" data-notes-next data-label={t.nextUp} data-last={t.lastSlide} />
          <p className="present-notes-keys">{t.presenterKeys}</p>
          <p className="present-notes-timer" data-notes-timer aria-hidden="true">
            0:00
          </p>
        </section>
      </main>
      <header className="present-bar">
        <h1 className="present-title">{title}</h1>
        <p className="present-count" aria-hidden="true" data-present-count>
          1 / {total}
        </p>
        <nav className="present-controls" aria-label={t.presenterControls}>
          <button type="button" className="icon-button" data-present="prev" aria-label={t.previousSlide} title={t.previousSlide}>
            <span aria-hidden="true">←</span>
          </button>
          <button type="button" className="icon-button" data-present="next" aria-label={t.nextSlide} title={t.nextSlide}>
            <span aria-hidden="true">→</span>
          </button>
          <button type="button" className="icon-button" data-present="fullscreen" aria-label={t.fullScreen} title={t.fullScreen} aria-pressed="false">
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
              <path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </button>
          <ThemeToggle labels={{ toLight: t.themeToggle(t.themeLight), toDark: t.themeToggle(t.themeDark) }} />
          <a href="?notes=1" target="llmx-notes" className="present-link" data-present="notes" title={t.openNotes}>
            {t.speakerNotes}
          </a>
          <a href={chapterUrl} className="present-link" data-present="exit" title={`${t.backToChapter} (Esc)`}>
            {t.backToChapter}
          </a>
        </nav>
        <p className="sr-only">{t.presenterKeys}</p>
        <p className="sr-only" role="status" data-present-status />
      </header>
      <div className="present-progress" aria-hidden="true">
        <span data-present-progress style={{ width: `${100 / total}%` }} />
      </div>
      <div hidden data-notes-store data-empty={t.noNotes}>
        {slides.map((slide, index) => (
          <div key={index} data-notes-for={index + 1}>
            {slide.notes.map((i) => (
              <SlideElement key={i} element={elements[i]} />
            ))}
          </div>
        ))}
      </div>
      <div className="present-blackout" data-present-blackout hidden>
        <p className="sr-only">{t.blackedOut}</p>
      </div>
      <script dangerouslySetInnerHTML={{ __html: boot }} />
    </div>
  );
}

function SlideElement({ element }: { element: ReactElement }) {
  return element;
}
