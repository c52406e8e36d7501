/**
 * How large a widget draws the labels of its pictures (axis ticks, value labels, token
 * labels, legends). In a chapter a label keeps the size its picture chose (10 to 13 px
 * beside 16 px text). On a slide the room reads it from the back row: a label is never
 * smaller than the widget's own text (SLIDE_LABEL_PX), which the slide's fit keeps
 * readable on a 720p projector (browser/present/stage.ts: MIN_WIDGET_PX), and it grows
 * with the slide like everything on it. A picture that lays its labels out (how many
 * ticks, how many lines of token labels) asks for the size first and lays out for it.
 */

/** A widget's base text size in its own CSS px (the slide's widget slot sets it). */
export const SLIDE_LABEL_PX = 16;

/** The size to draw a label of `px` (its size in a chapter) at, on a slide or not. */
export function labelPx(px: number, onSlide: boolean): number {
  return onSlide ? Math.max(px, SLIDE_LABEL_PX) : px;
}

/**
 * How much a picture built of fixed-size parts (token columns, cache rows) is magnified so
 * its smallest label, `px` in a chapter, is drawn at the label size: 1 in a chapter. Such a
 * picture lays itself out for `width / scale` and is drawn `scale` times larger, so its
 * proportions stay and fewer of its columns fit.
 */
export function labelScale(px: number, onSlide: boolean): number {
  return labelPx(px, onSlide) / px;
}
