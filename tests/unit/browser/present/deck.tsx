/**
 * A three-slide presenter page for the slide-show tests: a title slide, a prose slide
 * with speaker notes, and a slide with a widget; rendered by the real PresenterView.
 */
import { PresenterView } from '@/components/present/PresenterView';
import { IslandPlaceholder } from '@/components/widget/IslandPlaceholder';
import { defineWidget } from '@/components/widget/widgetDeclaration';
import type { Slide } from '@/lib/present/slides';

const demo = defineWidget({ name: 'demo', title: { en: 'Demo', zh: '演示' }, minHeight: 300 });

const elements = [
  <h2 key="h-a" id="queries">
    Queries
  </h2>,
  <p key="alpha">Each token asks a question.</p>,
  <p key="note">Ask the class what a query is.</p>,
  <h2 key="h-b" id="try-it">
    Try it
  </h2>,
  <IslandPlaceholder key="widget" widget={demo} props={{ locale: 'en' }} onSlide />,
];

const slides: Slide[] = [
  { blocks: [], notes: [], section: '', title: '', continued: false, cover: true },
  { blocks: [0, 1], notes: [2], section: 'queries', title: 'Queries', continued: false },
  { blocks: [3, 4], notes: [], section: 'try-it', title: 'Try it', continued: false },
];

export const CHAPTER_URL = '/en/self-attention/';

export function Deck() {
  return (
    <PresenterView
      locale="en"
      slug="self-attention"
      title="Self-attention"
      description="How tokens read each other."
      kicker="Chapter 4 of 10"
      slides={slides}
      elements={elements}
      anchors={{ queries: 2, 'try-it': 3 }}
    />
  );
}

/** Runs the page's inline boot script, as the browser does before the first paint. */
export function runBootScript(): void {
  const boot = [...document.querySelectorAll('script')].find((script) => !script.src);
  new Function(boot!.textContent!)();
}
