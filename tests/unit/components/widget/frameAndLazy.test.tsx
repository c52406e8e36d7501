// @vitest-environment happy-dom
/** WidgetFrame builds a table given as a function only while it is open; an island names its language's assets. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { lazyWidget, widgetAssets } from '@/components/widget/lazyWidget';
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

describe('lazyWidget assets', () => {
  const load = () => Promise.resolve({ default: () => null });
  it('lists one set for every page, or the page language’s set', () => {
    const shared = lazyWidget(load, { name: 'a', title: { en: 'A', zh: 'A' }, minHeight: 10, assets: ['/x.json'] });
    const perLocale = lazyWidget(load, { name: 'b', title: { en: 'B', zh: 'B' }, minHeight: 10, assets: { en: ['/en.bin'], zh: ['/zh.bin', '/zh.json'] } });
    expect(widgetAssets(shared, 'zh')).toEqual(['/x.json']);
    expect(widgetAssets(perLocale, 'en')).toEqual(['/en.bin']);
    const { container } = render(<IslandPlaceholder widget={perLocale} props={{ locale: 'zh' }} />);
    expect(container.querySelector('[data-island="b"]')?.getAttribute('data-lazy-assets')).toBe('/zh.bin /zh.json');
  });
});
