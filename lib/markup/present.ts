/**
 * The presenter's contract: what components/present/PresenterView.tsx (and its inline
 * boot script) puts in the HTML for the slide show in browser/present/. Each group names
 * the attributes, ids and classes one part of the show looks up.
 */

/** The presenter's root element and the settings it carries for the script. */
export const PRESENTER = {
  /** Marks the root; the site script loads the slide show when it finds one. */
  root: 'data-presenter',
  /** The chapter's address, where Escape returns to. */
  chapterUrl: 'data-chapter-url',
  /** Name of the BroadcastChannel the slides and the notes window share. */
  channel: 'data-channel',
  /** The language's colon (': ' or '：') between a slide's number and title. */
  colon: 'data-colon',
  /** Heading id → slide number, as JSON (for `#section-<id>`). */
  anchors: 'data-anchors',
  /** "Go to slide {n}" while digits are typed. */
  jump: 'data-jump',
  /** "There is no slide 0" when the typed number is out of range; the script puts the number in. */
  noSlide: 'data-no-slide',
  /** Class the boot script puts on the root in the notes window (`?notes=1`). */
  notesMode: 'is-notes',
} as const;

/** One slide. */
export const SLIDE = {
  /** Class of each slide. */
  slide: 'slide',
  /** Class the boot script and the show put on the slide being shown. */
  current: 'is-current',
  /** The id of the chapter section the slide presents (Escape returns there). */
  section: 'data-section',
  /** The slide's title, for announcements, the notes view and the overview. */
  title: 'data-title',
  /** Class of the fixed-size stage the slide is laid out on and scaled with. */
  stage: 'slide-stage',
  /** Class of the stage's content box, measured to fit the slide. */
  inner: 'slide-inner',
} as const;

/** The presenter's bar, overlays and controls. */
export const PRESENT_BAR = {
  /** A control: its value is the action ('prev', 'next', 'overview', 'qr', 'fullscreen', 'notes' or 'exit'). */
  control: 'data-present',
  /** The polite live region that announces the slide. */
  status: 'data-present-status',
  /** "n / total" in the bar. */
  count: 'data-present-count',
  /** "n / total" in the slide's corner. */
  corner: 'data-present-corner',
  /** The progress bar's filled part. */
  progress: 'data-present-progress',
  /** The black screen (B). */
  blackout: 'data-present-blackout',
  /** The overview dialog (O) and its grid of slides. */
  overview: 'data-present-overview',
  overviewGrid: 'data-overview-grid',
  /** The QR code dialog (Q), its code and its address line. */
  qr: 'data-present-qr',
  qrCode: 'data-qr-code',
  qrUrl: 'data-qr-url',
  /** "Go to slide n" while digits are typed. */
  jump: 'data-present-jump',
} as const;

/** The speaker-notes view (`?notes=1`). */
export const NOTES_VIEW = {
  /** The hidden store of every slide's notes; `empty` holds "No notes for this slide". */
  store: 'data-notes-store',
  empty: 'data-empty',
  /** In the store: one element per slide, its value the slide number. */
  notesFor: 'data-notes-for',
  /** The shown slide's number and title. */
  status: 'data-notes-status',
  /** Where the shown slide's notes are copied. */
  body: 'data-notes-body',
  /** "Next: title" under the next slide's picture; `label` is "Next", `last` what to say after the last slide. */
  next: 'data-notes-next',
  label: 'data-label',
  last: 'data-last',
  /** The two slide pictures; the value is 'current' or 'next'. */
  thumb: 'data-thumb',
  /** Countdown, elapsed time and the minutes field. */
  timer: 'data-notes-timer',
  elapsed: 'data-notes-elapsed',
  minutes: 'data-notes-minutes',
  /** The countdown's start/pause button, with both words (`start`, `pause`). */
  toggle: 'data-notes-toggle',
  start: 'data-start',
  pause: 'data-pause',
  /** The countdown's reset button. */
  reset: 'data-notes-reset',
  /** Whether the room's screen is black, with both sentences (`on`, `off`). */
  blackout: 'data-notes-blackout',
  on: 'data-on',
  off: 'data-off',
} as const;

/** A widget's folded panel on a slide (components/widget/SlideFold.tsx): an open one lets the stage zoom the widget out further. */
export const SLIDE_FOLD = {
  fold: 'slide-fold',
  open: 'is-open',
} as const;
