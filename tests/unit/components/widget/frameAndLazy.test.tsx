// @vitest-environment happy-dom
/** WidgetFrame builds a table given as a function only while it is open; an island names its language's assets and its instance id. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { defineWidget, widgetAssets } from '@/components/widget/widgetDeclaration';
import { IslandPlaceholder } from '@/components/widget/IslandPlaceholder';

afterEach(cleanup);

describe('WidgetFrame table', () => {
  it('calls a table function only when the reader opens the table', () => {
    const table = vi.fn(() => <table aria-label="numbers" />);
    render(
      <WidgetFrame locale="en" title="T" id="t" table={table}>
        <p>picture</p>
      </WidgetFrame>,
    );
    expect(table).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Show numbers as a table' }));
    expect(table).toHaveBeenCalled();
    expect(screen.getByRole('table', { name: 'numbers' })).toBeTruthy();
  });
});

describe('widget declaration and placeholder', () => {
  it('lists one set for every page, or the page language’s set', () => {
    const shared = defineWidget({ name: 'a', title: { en: 'A', zh: 'A' }, minHeight: 10, assets: ['/x.json'] });
    const perLocale = defineWidget({ name: 'b', title: { en: 'B', zh: 'B' }, minHeight: 10, assets: { en: ['/en.bin'], zh: ['/zh.bin', '/zh.json'] } });
    expect(widgetAssets(shared, 'zh')).toEqual(['/x.json']);
    expect(widgetAssets(perLocale, 'en')).toEqual(['/en.bin']);
    const { container } = render(<IslandPlaceholder widget={perLocale} props={{ locale: 'zh' }} />);
    expect(container.querySelector('[data-island="b"]')?.getAttribute('data-lazy-assets')).toBe('/zh.bin /zh.json');
  });
  it('gives the slot its instance id, the widget name unless told otherwise', () => {
    const widget = defineWidget({ name: 'w', title: { en: 'W', zh: 'W' }, minHeight: 10 });
    const { container } = render(
      <>
        <IslandPlaceholder widget={widget} props={{ locale: 'en' }} />
        <IslandPlaceholder widget={widget} props={{ locale: 'en' }} id="w-2" />
      </>,
    );
    expect([...container.querySelectorAll('[data-island="w"]')].map((e) => e.id)).toEqual(['w', 'w-2']);
  });
});
