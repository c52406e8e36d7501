/**
 * Mounts the interactive widgets ("islands"). The static HTML holds a placeholder of the
 * widget's height with its props as JSON (lib/markup/island.ts); when the reader scrolls
 * near it (or opens a presenter slide), this loads the widget's code and React, and
 * renders the widget in place of the placeholder. Reading a chapter therefore never
 * waits for widget code.
 *
 * A link to a widget's view (its id as the anchor, or its parameters in the query, see
 * lib/widgets/widgetLink.ts) mounts that widget at once and brings it on screen.
 */
import { ISLAND, ISLAND_CLASS, ISLAND_SELECTOR, MOUNT_EVENT, readIsland } from '@/lib/markup/island';
import { PRESENTER } from '@/lib/markup/present';
import { linkedInstance } from '@/lib/widgets/widgetLink';
import { widgetLoaders } from './widgetLoaders';

const loaded = new WeakSet<Element>();

/**
 * The module namespace of a CommonJS package (react, react-dom): esbuild splits such a
 * package into a chunk whose only export is `default`, holding `module.exports`.
 */
function commonJs<T extends object>(namespace: T): T {
  return (namespace as { default?: T }).default ?? namespace;
}

async function mount(element: HTMLElement): Promise<void> {
  if (loaded.has(element)) return;
  loaded.add(element);
  const slot = readIsland(element);
  try {
    const load = widgetLoaders[slot.name];
    if (!load) throw new Error(`Unknown widget "${slot.name}"`);
    const [react, reactDom, instanceModule, module] = await Promise.all([import('react'), import('react-dom/client'), import('@/components/widget/widgetInstance'), load()]);
    const { createElement } = commonJs(react);
    const { createRoot } = commonJs(reactDom);
    const { WidgetInstanceContext, createWidgetInstance } = instanceModule;
    element.replaceChildren();
    element.classList.add('is-mounted');
    const widget = createElement(module.default, slot.props);
    createRoot(element).render(createElement(WidgetInstanceContext.Provider, { value: createWidgetInstance(slot.id, element.closest(`[${PRESENTER.root}]`) !== null) }, widget));
  } catch (error) {
    console.warn(error);
    loaded.delete(element);
    const status = element.querySelector<HTMLElement>(`.${ISLAND_CLASS.placeholderText}`);
    if (status) status.textContent = slot.failed;
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'widget-button';
    retry.textContent = slot.retry;
    retry.addEventListener('click', () => {
      retry.remove();
      void mount(element);
    });
    element.querySelector(`.${ISLAND_CLASS.placeholder}`)?.appendChild(retry);
  }
}

/**
 * Brings a linked widget on screen and keeps it there while it mounts (blocks above it
 * may still change height as they are laid out), until the reader scrolls themselves.
 */
function bringIntoView(element: HTMLElement): void {
  let readerMoved = false;
  const stop = () => (readerMoved = true);
  const events = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  events.forEach((name) => window.addEventListener(name, stop, { once: true, passive: true }));
  const align = () => {
    if (!readerMoved) element.scrollIntoView({ block: 'start' });
  };
  align();
  const observer = new ResizeObserver(align);
  observer.observe(element);
  window.setTimeout(() => {
    observer.disconnect();
    events.forEach((name) => window.removeEventListener(name, stop));
  }, 10_000);
}

export function mountIslands(): void {
  const islands = [...document.querySelectorAll<HTMLElement>(ISLAND_SELECTOR)];
  if (!islands.length) return;
  const linked = linkedInstance(
    location.href,
    islands.map((element) => readIsland(element).id),
  );
  const target = islands.find((element) => element.id === linked);
  // On slides the presenter decides what is shown; the linked widget still mounts at once.
  if (target) {
    void mount(target);
    if (!document.querySelector(`[${PRESENTER.root}]`)) bringIntoView(target);
  }
  if (typeof IntersectionObserver === 'undefined') {
    islands.forEach((element) => void mount(element));
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          void mount(entry.target as HTMLElement);
        }
      }
    },
    { rootMargin: '800px 0px' },
  );
  islands.forEach((element) => observer.observe(element));
  // A presenter slide or a script can ask for a widget at once.
  document.addEventListener(MOUNT_EVENT, (event) => {
    const target = event.target as HTMLElement;
    target.querySelectorAll<HTMLElement>(ISLAND_SELECTOR).forEach((element) => void mount(element));
    if (target.hasAttribute?.(ISLAND.island)) void mount(target);
  });
}
