/**
 * Mounts the interactive widgets ("islands"). The static HTML holds a placeholder of the
 * widget's height with its props as JSON; when the reader scrolls near it (or opens a
 * presenter slide), this loads the widget's code and React, and renders the widget in
 * place of the placeholder. Reading a chapter therefore never waits for widget code.
 */
import { widgets } from '@/components/mdx/widgets';

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
  const name = element.dataset.island!;
  const widget = Object.values(widgets).find((w) => w.options.name === name);
  try {
    if (!widget) throw new Error(`Unknown widget "${name}"`);
    const props = JSON.parse(element.dataset.props ?? '{}') as Record<string, unknown>;
    const [react, reactDom, module] = await Promise.all([import('react'), import('react-dom/client'), widget.load()]);
    const { createElement } = commonJs(react);
    const { createRoot } = commonJs(reactDom);
    element.replaceChildren();
    element.classList.add('is-mounted');
    createRoot(element).render(createElement(module.default, props as never));
  } catch (error) {
    console.warn(error);
    loaded.delete(element);
    const status = element.querySelector<HTMLElement>('.widget-placeholder-text');
    if (status) status.textContent = element.dataset.failed ?? 'The interactive figure could not be loaded.';
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'widget-button';
    retry.textContent = element.dataset.retry ?? 'Try again';
    retry.addEventListener('click', () => {
      retry.remove();
      void mount(element);
    });
    element.querySelector('.widget-placeholder')?.appendChild(retry);
  }
}

export function mountIslands(): void {
  const islands = [...document.querySelectorAll<HTMLElement>('[data-island]')];
  if (!islands.length) return;
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
  document.addEventListener('llmx:mount', (event) => {
    const target = event.target as HTMLElement;
    target.querySelectorAll<HTMLElement>('[data-island]').forEach((element) => void mount(element));
    if (target.dataset?.island) void mount(target);
  });
}
