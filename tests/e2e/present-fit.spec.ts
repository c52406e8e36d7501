/**
 * Every slide of every chapter, in both languages, fits a projector: at 1280×720 and at
 * 1920×1080 nothing runs past the slide (no clipped formula, table or widget), and body
 * text (everything outside widgets and drawn figures) is at least 24 px on the screen, and
 * a widget's own text is not zoomed below 14 px on a 720p screen (21 px at 1080p): widgets
 * fit by their slide layout (components/widget/SlideFold.tsx), not by shrinking. The labels
 * a widget draws (SVG text: axis ticks, value labels, token labels, legends) are held to
 * the same floor, measured as drawn on the screen; and each of a widget's folded panels
 * (a step-through, details), opened on its slide, still fits without scrolling. A widget
 * with views (its tabs, role=tab) is measured in each of them, as the presenter reaches
 * them by clicking, with the same checks, its folds included.
 * One page load per deck and size; the slides are stepped through inside the page, and
 * a widget slide is measured after its widget has mounted, the slide has been refitted
 * and everything on it has stopped changing (tests/e2e/quiet.ts), never after a fixed wait.
 */
import { expect, test } from '@playwright/test';
import { chapterSlugs, locales } from './helpers';
import { watchQuiet } from './quiet';

const MIN_TEXT_PX = 24;
/** A widget's base text (16 px before the stage's zoom and scale) on a 1280×720 screen, with its panels folded. */
const MIN_WIDGET_PX = 14;
/** The stage's scale on a 1280×720 screen (the bar takes 52 px): widget text floors grow with the screen. */
const REFERENCE_SCALE = (720 - 52) / 720;
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

interface SlideReport {
  slide: number;
  title: string;
  fit: number;
  overflow: string | null;
  smallest: { px: number; text: string } | null;
  /** Base text of the slide's smallest widget, in screen px, and that floor at this screen size. */
  widget: { px: number; floor: number } | null;
  /** The smallest label drawn in a widget's SVG, in screen px, and the widget floor at this screen size. */
  label: { px: number; floor: number; text: string } | null;
  /** Each of the slide's folded panels that runs past the slide when opened. */
  foldOverflows: string[];
  /** The widgets' other views (tabs), each opened by a click and measured like the view the slide opens in. */
  views: { name: string; overflow: string | null; label: SlideReport['label'] }[];
  /** Each moment the slide never became still (a loading bar that stayed, a size that kept changing). */
  restless: string[];
}

test.describe.configure({ timeout: 240_000 });

for (const locale of locales) {
  for (const slug of chapterSlugs(locale)) {
    test(`every slide fits: ${locale}/${slug}`, async ({ page }) => {
      await watchQuiet(page);
      const failures: string[] = [];
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.goto(`/${locale}/${slug}/present/#slide-1`);
        await expect(page.locator('.presenter.is-ready')).toHaveCount(1);
        const reports = await page.evaluate(
          async ({ minWidgetPx, referenceScale }) => {
            const root = document.querySelector<HTMLElement & { fitSlide(n: number): number }>('[data-presenter]')!;
            const slides = [...root.querySelectorAll<HTMLElement>('.slide')];
            const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            const out: SlideReport[] = [];
            for (let n = 1; n <= slides.length; n++) {
              const slide = slides[n - 1];
              const inner = slide.querySelector<HTMLElement>('.slide-inner')!;
              const stage = slide.querySelector<HTMLElement>('.slide-stage')!;
              const restless: string[] = [];
              const quiet = async (when: string) => {
                const still = await window.untilQuiet(inner);
                if (still) restless.push(`${when}: ${still}`);
              };
              // a view is measured once drawn and still: a view that loads a model shows a progress
              // bar until it is ready, a model task answers later, a view drawn in a transition grows
              // after the click. A fit changes the widget's width, and the widget may lay itself out
              // again for it: the presenter then fits again (its ResizeObserver), and so does this
              // until the size holds.
              const size = () => [...inner.querySelectorAll<HTMLElement>('[data-widget]')].map((w) => `${w.offsetWidth}×${w.offsetHeight}`).join();
              const settle = async (when: string) => {
                await quiet(when);
                let fitNow = 1;
                for (let round = 0; round < 4; round++) {
                  const before = size();
                  fitNow = root.fitSlide(n);
                  await quiet(`${when}, refitted`);
                  if (size() === before) break;
                }
                return fitNow;
              };
              location.hash = `#slide-${n}`;
              await frame();
              const islands = [...slide.querySelectorAll<HTMLElement>('[data-island]')];
              if (islands.length) {
                const start = performance.now();
                while (islands.some((el) => !el.classList.contains('is-mounted') || el.offsetHeight < 60) && performance.now() - start < 15_000) await frame();
              }
              // a fit is measured at once: reading sizes lays the slide out
              const fit = islands.length ? await settle('shown') : root.fitSlide(n);
              const scale = stage.getBoundingClientRect().width / stage.offsetWidth;
              const overflowOf = () => {
                if (inner.scrollHeight > inner.clientHeight + 1) return `content ${inner.scrollHeight}px tall in ${inner.clientHeight}px`;
                if (inner.scrollWidth > inner.clientWidth + 1) return `content ${inner.scrollWidth}px wide in ${inner.clientWidth}px`;
                for (const wide of inner.querySelectorAll<HTMLElement>('.katex-display, .table-wrap, pre')) {
                  if (wide.scrollWidth > wide.clientWidth + 1) return `${wide.className || wide.tagName} ${wide.scrollWidth}px wide in ${wide.clientWidth}px`;
                }
                return null;
              };
              const overflow = overflowOf();
              let smallest: SlideReport['smallest'] = null;
              const walker = document.createTreeWalker(inner, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const parent = node.parentElement!;
                // formulas, subscripts and superscripts are sized relative to the text around them: measured as their line
                const measured = parent.closest('.katex') ?? parent.closest('sub, sup')?.parentElement ?? parent;
                if (!node.textContent?.trim() || parent.closest('[data-widget], svg, .katex-mathml, .sr-only, [hidden]')) continue;
                const px = parseFloat(getComputedStyle(measured).fontSize) * scale;
                if (!smallest || px < smallest.px) smallest = { px: Math.round(px * 10) / 10, text: (measured.textContent ?? '').trim().slice(0, 40) };
              }
              // widgets keep their labels readable: the fit may zoom a widget out only so far
              let widget: SlideReport['widget'] = null;
              for (const slot of inner.querySelectorAll<HTMLElement>('.widget-slot')) {
                const px = parseFloat(getComputedStyle(slot).fontSize) * Number(getComputedStyle(slot).zoom || 1) * scale;
                const floor = (minWidgetPx * scale) / (fit * referenceScale);
                if (!widget || px < widget.px) widget = { px: Math.round(px * 10) / 10, floor: Math.round(floor * 10) / 10 };
              }
              // a widget's drawn labels: font size × the scale from the SVG's units to the screen
              const smallestLabel = (fitNow: number) => {
                let found: SlideReport['label'] = null;
                const labelFloor = (minWidgetPx * scale) / (fitNow * referenceScale);
                for (const text of inner.querySelectorAll<SVGTextContentElement>('[data-widget] svg text, [data-widget] svg tspan')) {
                  const own = [...text.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent?.trim());
                  if (!own || text.getClientRects().length === 0 || text.closest('[hidden], .sr-only')) continue;
                  const ctm = text.getScreenCTM();
                  if (!ctm) continue;
                  const px = parseFloat(getComputedStyle(text).fontSize) * Math.sqrt(Math.abs(ctm.a * ctm.d - ctm.b * ctm.c));
                  if (!found || px < found.px) found = { px: Math.round(px * 10) / 10, floor: Math.round(labelFloor * 10) / 10, text: (text.textContent ?? '').trim().slice(0, 30) };
                }
                return found;
              };
              const label = smallestLabel(fit);
              // each folded panel opened on its own (the presenter's click or clicker step) still fits,
              // and so does each panel folded inside it, opened in turn
              const foldOverflows: string[] = [];
              const openEach = async (scope: ParentNode, trail: string[]) => {
                const toggles = [...scope.querySelectorAll<HTMLButtonElement>('.slide-fold-toggle')].filter((t) => t.getClientRects().length > 0 && t.getAttribute('aria-expanded') !== 'true');
                for (const toggle of toggles) {
                  const name = [...trail, `“${toggle.textContent?.trim()}”`];
                  toggle.click();
                  await settle(`${name.join(' › ')} opened`);
                  if (inner.scrollHeight > inner.clientHeight + 1 || inner.scrollWidth > inner.clientWidth + 1)
                    foldOverflows.push(`${name.join(' › ')} open: content ${inner.scrollWidth}×${inner.scrollHeight}px in ${inner.clientWidth}×${inner.clientHeight}px`);
                  const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
                  if (panel && trail.length === 0) await openEach(panel, name);
                  toggle.click();
                  await settle(`${name.join(' › ')} closed`);
                }
              };
              await openEach(inner, []);
              // each of a widget's other views, as a click opens it: it fits, its labels stay readable,
              // and its own folds fit when opened; then the view the slide opened in comes back
              const views: SlideReport['views'] = [];
              const tabs = () => [...inner.querySelectorAll<HTMLButtonElement>('[data-widget] [role="tab"]')].filter((b) => b.getClientRects().length > 0);
              const tabName = (b: HTMLButtonElement) => b.textContent?.trim() ?? '';
              const opening = tabs()
                .filter((b) => b.getAttribute('aria-selected') === 'true')
                .map(tabName);
              const reopen = async () => {
                for (const name of opening)
                  tabs()
                    .find((b) => tabName(b) === name && b.getAttribute('aria-selected') !== 'true')
                    ?.click();
                await settle('first view reopened');
              };
              const others = tabs()
                .filter((b) => b.getAttribute('aria-selected') !== 'true')
                .map(tabName);
              for (const name of others) {
                tabs()
                  .find((b) => tabName(b) === name)
                  ?.click();
                const fitNow = await settle(`view “${name}” opened`);
                views.push({ name, overflow: overflowOf(), label: smallestLabel(fitNow) });
                await openEach(inner, [`view “${name}”`]);
                await reopen();
              }
              out.push({ slide: n, title: slide.dataset.title ?? '', fit, overflow, smallest, widget, label, foldOverflows, views, restless });
            }
            return out;
          },
          { minWidgetPx: MIN_WIDGET_PX, referenceScale: REFERENCE_SCALE },
        );
        for (const r of reports) {
          const where = `${locale}/${slug} at ${size.width}×${size.height}, slide ${r.slide} (“${r.title}”, fit ${r.fit})`;
          if (r.overflow) failures.push(`${where}: overflows: ${r.overflow}`);
          if (r.smallest && r.smallest.px < MIN_TEXT_PX) failures.push(`${where}: text ${r.smallest.px}px (“${r.smallest.text}”)`);
          if (r.widget && r.widget.px < r.widget.floor - 0.05) failures.push(`${where}: widget text ${r.widget.px}px, under ${r.widget.floor}px`);
          if (r.label && r.label.px < r.label.floor - 0.05) failures.push(`${where}: widget label ${r.label.px}px (“${r.label.text}”), under ${r.label.floor}px`);
          for (const fold of r.foldOverflows) failures.push(`${where}: ${fold}`);
          for (const moment of r.restless) failures.push(`${where}: never still, ${moment}`);
          for (const view of r.views) {
            if (view.overflow) failures.push(`${where}: view “${view.name}” overflows: ${view.overflow}`);
            if (view.label && view.label.px < view.label.floor - 0.05)
              failures.push(`${where}: view “${view.name}”: widget label ${view.label.px}px (“${view.label.text}”), under ${view.label.floor}px`);
          }
        }
      }
      expect(failures, failures.join('\n')).toEqual([]);
    });
  }
}
