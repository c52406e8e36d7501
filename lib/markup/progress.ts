/**
 * Reading progress's contract: what the sidebar (components/layout/Sidebar.tsx) and the
 * chapter page (app/[locale]/[slug]/page.tsx) put in the HTML for the site script
 * (browser/progress.ts), and the event that tells the script a result changed.
 */

export const PROGRESS = {
  /** Class of the navigation that lists the chapters. */
  sidebar: 'sidebar',
  /** The chapter's slug: on each chapter link in the list, and on a chapter page's <article>. */
  chapter: 'data-chapter',
  /** On each chapter link: how many self-checks the chapter has. */
  quizTotal: 'data-quiz-total',
  /** The paragraph that sums progress up ("3 of 10 chapters read"). */
  summary: 'data-progress-summary',
  /** The reset button, hidden until there is something to reset. */
  reset: 'data-progress-reset',
  /** Class of the mark the script adds to each chapter link (styled by the CSS). */
  mark: 'progress-mark',
  /** On that mark: 'true' once the chapter was visited. */
  visited: 'data-visited',
} as const;

/** Window event sent when a self-check result is stored or progress is reset. */
export const PROGRESS_EVENT = 'llmx:progress';
