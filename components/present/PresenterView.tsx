/**
 * The presenter view's markup: every slide of a chapter in the static HTML (so it still
 * reads, and prints, as a handout without JavaScript), each on a fixed-size 16:9 stage
 * the script scales to the screen; a bar with the title, the slide count and the
 * controls; the speaker notes kept apart for the notes view (each slide's own, then the
 * notes of the widgets it shows); the overview grid, the QR code overlay and the
 * blackout screen. browser/present/presenter.ts makes it a slide show; a tiny inline
 * script marks the slide named in the URL before the first paint, so no other slide
 * flashes and only the shown slide's widgets are mounted.
 */
import { cloneElement, type ReactElement, type ReactNode } from 'react';
import { ThemeToggle } from '@/components/layout/ThemeToggle';
import { widgets } from '@/components/mdx/widgets';
import type { Slide } from '@/lib/present/slides';
import { plainInline } from '@/lib/present/inline';
import type { Locale } from '@/lib/i18n/locales';
import { strings } from '@/lib/i18n/strings';
import { presentStrings } from '@/lib/present/strings';
import { SCROLLABLE } from '@/lib/markup/chrome';
import { NOTES_VIEW, PRESENT_BAR, PRESENTER, SLIDE } from '@/lib/markup/present';
import { Inline } from './Inline';

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
  /** Heading id → the slide number that presents it (for "present from here" links, `#section-<id>`). */
  anchors: Record<string, number>;
}

// `#slide-N` or `#section-<heading id>` picks the first slide; runs before the first paint
const boot = `(function(){var r=document.querySelector('[${PRESENTER.root}]');if(!r)return;var s=r.querySelectorAll('.${SLIDE.slide}');var a=JSON.parse(r.getAttribute('${PRESENTER.anchors}')||'{}');var h=location.hash;var m=/^#slide-(\\d+)$/.exec(h);var q=/^#section-(.+)$/.exec(h);var n=m?+m[1]:q&&a[decodeURIComponent(q[1])]||1;n=Math.min(Math.max(n,1),s.length);s[n-1].classList.add('${SLIDE.current}');r.classList.add('is-presenting');if(/[?&]notes=1/.test(location.search))r.classList.add('${PRESENTER.notesMode}')})();`;

export function PresenterView({ locale, slug, title, description, kicker, slides, elements, anchors }: PresenterViewProps) {
  const t = strings[locale];
  const p = presentStrings[locale];
  const total = slides.length;
  const chapterUrl = `/${locale}/${slug}/`;
  return (
    <div
      className="presenter"
      {...{
        [PRESENTER.root]: true,
        [PRESENTER.chapterUrl]: chapterUrl,
        [PRESENTER.channel]: `llmx:present:${locale}/${slug}`,
        [PRESENTER.colon]: t.colon,
        [PRESENTER.anchors]: JSON.stringify(anchors),
        [PRESENTER.jump]: p.jumpTo('{n}'),
        [PRESENTER.noSlide]: p.noSuchSlide(0, total),
      }}
    >
      <main id="main" className="present-main">
        <div className="slides">
          {slides.map((slide, index) => (
            <section
              key={index}
              className={SLIDE.slide}
              data-slide={index + 1}
              {...{ [SLIDE.section]: slide.section, [SLIDE.title]: plainInline(slide.title || title) }}
              aria-roledescription="slide"
              aria-label={t.slideLabel(index + 1, total)}
            >
              <div className={SLIDE.stage}>
                <div className={`${SLIDE.inner} ${SCROLLABLE.prose}${slide.keyPoints ? ' slide-keypoints' : ''}${slide.cover ? ' slide-is-cover' : ''}`}>
                  {slide.cover && (
                    <div className="slide-cover">
                      <p className="slide-kicker">{kicker}</p>
                      <p className="slide-chapter-title">{title}</p>
                      <p className="slide-description">{description}</p>
                    </div>
                  )}
                  {slide.keyPoints && !slide.cover && (
                    <h2 className="slide-title">
                      <Inline text={slide.keyPoints.title ?? slide.title} />
                    </h2>
                  )}
                  {slide.continued && <p className="slide-continued">{t.continuedTitle(slide.title)}</p>}
                  {slide.keyPoints && slide.keyPoints.points.length > 0 && (
                    <ul className="slide-points">
                      {slide.keyPoints.points.map((point, i) => (
                        <li key={i}>
                          <Inline text={point} />
                        </li>
                      ))}
                    </ul>
                  )}
                  {slide.blocks.map((i) => (
                    <SlideElement key={i} element={slide.blockProps?.[i] ? cloneElement(elements[i], slide.blockProps[i]) : elements[i]} />
                  ))}
                </div>
              </div>
            </section>
          ))}
        </div>
        <section className="present-notes" aria-labelledby="present-notes-title">
          <h2 id="present-notes-title">{t.speakerNotes}</h2>
          <p className="present-notes-status" {...{ [NOTES_VIEW.status]: true }} />
          <p className="present-notes-blackout" {...{ [NOTES_VIEW.blackout]: true, [NOTES_VIEW.on]: p.blackoutOn, [NOTES_VIEW.off]: p.blackoutOff }} role="status" />
          <div className="present-notes-thumbs">
            <figure>
              <div className="present-thumb" {...{ [NOTES_VIEW.thumb]: 'current' }} />
              <figcaption>{p.current}</figcaption>
            </figure>
            <figure>
              <div className="present-thumb" {...{ [NOTES_VIEW.thumb]: 'next' }} />
              <figcaption {...{ [NOTES_VIEW.next]: true, [NOTES_VIEW.label]: t.nextUp, [NOTES_VIEW.last]: t.lastSlide }} />
            </figure>
          </div>
          <div className="present-notes-body" {...{ [NOTES_VIEW.body]: true }} />
          <div className="present-notes-clock">
            <p className="present-notes-timer">
              <span className="present-notes-label">{p.countdown}</span>
              <span {...{ [NOTES_VIEW.timer]: true }}>45:00</span>
            </p>
            <label className="present-notes-minutes">
              {p.minutes} <input type="number" min={1} max={240} defaultValue={45} {...{ [NOTES_VIEW.minutes]: true }} />
            </label>
            <button type="button" className="present-link" {...{ [NOTES_VIEW.toggle]: true, [NOTES_VIEW.start]: p.start, [NOTES_VIEW.pause]: p.pause }}>
              {p.start}
            </button>
            <button type="button" className="present-link" {...{ [NOTES_VIEW.reset]: true }}>
              {p.reset}
            </button>
            <p className="present-notes-elapsed">
              {p.elapsed} <span {...{ [NOTES_VIEW.elapsed]: true }}>0:00</span>
            </p>
          </div>
          <p className="present-notes-keys">{p.keys}</p>
        </section>
      </main>
      <header className="present-bar">
        <h1 className="present-title">{title}</h1>
        <p className="present-count" aria-hidden="true" {...{ [PRESENT_BAR.count]: true }}>
          1 / {total}
        </p>
        <nav className="present-controls" aria-label={t.presenterControls}>
          <button type="button" className="icon-button" {...{ [PRESENT_BAR.control]: 'prev' }} aria-label={t.previousSlide} title={t.previousSlide}>
            <span aria-hidden="true">←</span>
          </button>
          <button type="button" className="icon-button" {...{ [PRESENT_BAR.control]: 'next' }} aria-label={t.nextSlide} title={t.nextSlide}>
            <span aria-hidden="true">→</span>
          </button>
          <button type="button" className="icon-button" {...{ [PRESENT_BAR.control]: 'overview' }} aria-label={`${p.overview} (O)`} title={`${p.overview} (O)`}>
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
              <path d="M4 4h7v7H4zM13 4h7v7h-7zM4 13h7v7H4zM13 13h7v7h-7z" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
          </button>
          <button type="button" className="icon-button" {...{ [PRESENT_BAR.control]: 'qr' }} aria-label={`${p.qrTitle} (Q)`} title={`${p.qrTitle} (Q)`}>
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
              <path d="M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4zM14 14h2v2h-2zM18 18h2v2h-2zM14 18h2v2h-2zM18 14h2v2h-2z" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
          </button>
          <button type="button" className="icon-button" {...{ [PRESENT_BAR.control]: 'fullscreen' }} aria-label={t.fullScreen} title={t.fullScreen} aria-pressed="false">
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
              <path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </button>
          <ThemeToggle labels={{ toLight: t.themeToggle(t.themeLight), toDark: t.themeToggle(t.themeDark) }} />
          <a href="?notes=1" target="llmx-notes" className="present-link" {...{ [PRESENT_BAR.control]: 'notes' }} title={t.openNotes}>
            {t.speakerNotes}
          </a>
          <a href={chapterUrl} className="present-link" {...{ [PRESENT_BAR.control]: 'exit' }} title={`${t.backToChapter} (Esc)`}>
            {t.backToChapter}
          </a>
        </nav>
        <p className="sr-only">{p.keys}</p>
        <p className="sr-only" role="status" {...{ [PRESENT_BAR.status]: true }} />
      </header>
      <p className="present-corner" aria-hidden="true" {...{ [PRESENT_BAR.corner]: true }}>
        1 / {total}
      </p>
      <p className="present-jump" role="status" {...{ [PRESENT_BAR.jump]: true }} hidden />
      <div className="present-progress" aria-hidden="true">
        <span {...{ [PRESENT_BAR.progress]: true }} style={{ width: `${100 / total}%` }} />
      </div>
      <div className="present-overview" role="dialog" aria-modal="true" aria-labelledby="present-overview-title" {...{ [PRESENT_BAR.overview]: true }} hidden>
        <div className="present-overview-head">
          <h2 id="present-overview-title">{p.overview}</h2>
          <p>{p.overviewHint}</p>
          <button type="button" className="present-link" {...{ [PRESENT_BAR.control]: 'overview' }}>
            {p.closeOverview}
          </button>
        </div>
        <ol className="present-overview-grid" {...{ [PRESENT_BAR.overviewGrid]: true }} />
      </div>
      <div className="present-qr" role="dialog" aria-modal="true" aria-labelledby="present-qr-title" {...{ [PRESENT_BAR.qr]: true }} hidden>
        <h2 id="present-qr-title">{p.qrTitle}</h2>
        <div className="present-qr-code" {...{ [PRESENT_BAR.qrCode]: true }} />
        <p className="present-qr-url" {...{ [PRESENT_BAR.qrUrl]: true }} />
        <p className="present-qr-hint">{p.qrHint}</p>
      </div>
      <div hidden {...{ [NOTES_VIEW.store]: true, [NOTES_VIEW.empty]: t.noNotes }}>
        {slides.map((slide, index) => (
          <div key={index} {...{ [NOTES_VIEW.notesFor]: index + 1 }}>
            {slide.keyPoints && (
              <div className="notes-teacher">
                {slide.keyPoints.notes.map((note, i) => (
                  <p key={i}>
                    <Inline text={note} />
                  </p>
                ))}
              </div>
            )}
            {slide.keyPoints && slide.notes.length > 0 && <h3 className="notes-from-chapter">{p.fromChapter}</h3>}
            {slide.notes.map((i) => (
              <SlideElement key={i} element={elements[i]} />
            ))}
            {slide.widgetNotes?.map(({ block, tag }) => (
              <WidgetNotes key={`widget-${block}`} heading={p.widgetNotes(widgets[tag]?.title[locale] ?? tag)} element={elements[block]} />
            ))}
          </div>
        ))}
      </div>
      <div className="present-blackout" {...{ [PRESENT_BAR.blackout]: true }} hidden>
        <p className="sr-only">{t.blackedOut}</p>
      </div>
      <script dangerouslySetInnerHTML={{ __html: boot }} />
    </div>
  );
}

function SlideElement({ element }: { element: ReactElement }) {
  return element;
}

/**
 * A widget's notes for the speaker: the children of its tag, the prose a chapter shows
 * under it. Only the children are rendered, never the widget's tag again, so its
 * instance ids on the page stay those of the slides.
 */
function WidgetNotes({ heading, element }: { heading: string; element: ReactElement }) {
  const { children } = element.props as { children?: ReactNode };
  return (
    <>
      <h3 className="notes-from-chapter">{heading}</h3>
      <div className="notes-widget">{children}</div>
    </>
  );
}
