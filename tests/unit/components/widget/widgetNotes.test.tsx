// @vitest-environment happy-dom
/**
 * A widget tag's children (its notes) are server markup beside the slot: in the static
 * HTML, outside the element the site script empties and hands to the widget, so mounting
 * the widget leaves them in place. Slides show the widget alone.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createElement, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { defineWidget } from '@/components/widget/widgetDeclaration';
import { IslandPlaceholder } from '@/components/widget/IslandPlaceholder';
import { mdxComponents } from '@/components/mdx/registry';
import { widgetNoteIds } from '@/lib/content/audit';
import { MOUNT_EVENT } from '@/lib/markup/island';

vi.mock('@/browser/widgetLoaders', () => ({
  widgetLoaders: {
    'test-widget': async () => ({ default: () => createElement('p', { className: 'mounted' }, 'the live widget') }),
  },
}));

const widget = defineWidget({ name: 'test-widget', title: { en: 'Test', zh: '测试' }, minHeight: 50 });
const note = 'The picture shows one arrow per key.';

afterEach(() => document.body.replaceChildren());

describe('widget notes in the server markup', () => {
  it('renders the children after the slot, not inside it, marked with the instance id', () => {
    document.body.innerHTML = renderToStaticMarkup(
      <IslandPlaceholder widget={widget} props={{ locale: 'en' }} id="test-widget-2">
        <p>{note}</p>
      </IslandPlaceholder>,
    );
    const slot = document.querySelector('[data-island]')!;
    const notes = document.querySelector('.widget-notes')!;
    expect(notes.textContent).toBe(note);
    expect(slot.contains(notes)).toBe(false);
    expect(slot.nextElementSibling).toBe(notes);
    expect(widgetNoteIds(document.body.innerHTML)).toEqual(['test-widget-2']);
  });

  it('renders no notes element for a self-closing tag', () => {
    const html = renderToStaticMarkup(<IslandPlaceholder widget={widget} props={{ locale: 'en' }} />);
    expect(html).not.toContain('widget-notes');
    expect(html.startsWith('<div id="test-widget"')).toBe(true);
  });

  it('keeps children out of the props the widget receives, and out of slides', () => {
    const render = (mode: 'page' | 'present') => {
      const components: Record<string, unknown> = mdxComponents({ locale: 'zh', slug: 's', glossary: new Map(), mode });
      const tag = components.AttentionByHand as ComponentType<Record<string, unknown>>;
      return renderToStaticMarkup(createElement(tag, { layer: 2 }, createElement('p', null, '注释')));
    };
    document.body.innerHTML = render('page');
    const props = JSON.parse(document.querySelector<HTMLElement>('[data-island]')!.dataset.props!);
    expect(props).toEqual({ layer: 2, locale: 'zh' });
    expect(document.querySelector('div.widget-notes')?.textContent).toBe('注释');
    document.body.innerHTML = render('present');
    expect(document.querySelector('[data-island]')).not.toBeNull();
    expect(document.querySelector('.widget-notes')).toBeNull();
    expect(document.body.textContent).not.toContain('注释');
  });
});

describe('mounting the widget', () => {
  it('replaces the placeholder with the widget and leaves the notes beside it', async () => {
    document.body.innerHTML = renderToStaticMarkup(
      <IslandPlaceholder widget={widget} props={{ locale: 'en' }}>
        <p>{note}</p>
      </IslandPlaceholder>,
    );
    const { mountIslands } = await import('@/browser/islands');
    mountIslands();
    // what a presenter slide does to mount at once (an IntersectionObserver would wait for layout)
    document.querySelector('[data-island]')!.dispatchEvent(new Event(MOUNT_EVENT, { bubbles: true }));
    await vi.waitFor(() => expect(document.querySelector('.mounted')).not.toBeNull());
    const slot = document.querySelector('[data-island]')!;
    expect(slot.querySelector('.widget-placeholder')).toBeNull();
    expect(slot.textContent).toBe('the live widget');
    expect(document.querySelector('.widget-notes')?.textContent).toBe(note);
  });
});
