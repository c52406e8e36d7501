// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IslandPlaceholder } from '@/components/widget/IslandPlaceholder';
import { defineWidget, type WidgetProps } from '@/components/widget/widgetDeclaration';
import { useWidgetInstance } from '@/components/widget/widgetInstance';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import { MOUNT_EVENT } from '@/lib/markup/island';
import { renderPage } from './page';

function Demo(props: WidgetProps) {
  const instance = useWidgetInstance();
  return <p className="demo">{`${props.locale} ${instance?.id} ${String(props.sentence)} ${instance?.onSlide}`}</p>;
}

const loaders = vi.hoisted(() => ({ demo: vi.fn(), flaky: vi.fn() }));
vi.mock('@/browser/widgetLoaders', () => ({ widgetLoaders: loaders }));
const { mountIslands } = await import('@/browser/islands');

const demo = defineWidget({ name: 'demo', title: { en: 'Demo', zh: '演示' }, minHeight: 300 });
const flaky = defineWidget({ name: 'flaky', title: { en: 'Flaky', zh: '不稳' }, minHeight: 200 });

/** Stands in for the browser's IntersectionObserver: the test says which slots come near. */
const observed = new Set<Element>();
let comeNear: (element: Element) => void = () => undefined;
class FakeObserver {
  constructor(callback: (entries: { isIntersecting: boolean; target: Element }[]) => void) {
    comeNear = (target) => callback([{ isIntersecting: true, target }]);
  }
  observe(element: Element) {
    observed.add(element);
  }
  unobserve(element: Element) {
    observed.delete(element);
  }
  disconnect() {}
}

const slot = (id: string) => document.getElementById(id)!;
const mounted = (id: string) => slot(id).querySelector('.demo')?.textContent;

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  loaders.demo.mockResolvedValue({ default: Demo });
  observed.clear();
  renderPage(
    <article>
      <IslandPlaceholder widget={demo} props={{ locale: 'en', sentence: 'the cat sat' }} />
      <section className="slide-like">
        <IslandPlaceholder widget={demo} id="demo-2" props={{ locale: 'en', sentence: 'a second one' }} />
      </section>
      <IslandPlaceholder widget={flaky} props={{ locale: 'en' }} />
    </article>,
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.clearAllMocks();
  history.replaceState(null, '', '/en/self-attention/');
});

describe('widget islands on the placeholders IslandPlaceholder renders', () => {
  it('waits until a slot comes near, then renders the widget in it with its props and instance id', async () => {
    mountIslands();
    expect(observed.size).toBe(3);
    expect(loaders.demo).not.toHaveBeenCalled();
    expect(slot('demo').textContent).toContain(widgetStrings.en.loading);
    comeNear(slot('demo'));
    await vi.waitFor(() => expect(mounted('demo')).toBe('en demo the cat sat false'));
    expect(slot('demo').classList.contains('is-mounted')).toBe(true);
    expect(mounted('demo-2')).toBeUndefined();
    expect(loaders.demo).toHaveBeenCalledTimes(1);
  });

  it('mounts the widgets inside an element that asks for them at once', async () => {
    mountIslands();
    document.querySelector('.slide-like')!.dispatchEvent(new CustomEvent(MOUNT_EVENT, { bubbles: true }));
    await vi.waitFor(() => expect(mounted('demo-2')).toBe('en demo-2 a second one false'));
    expect(mounted('demo')).toBeUndefined();
  });

  it('mounts the widget a link points at without waiting', async () => {
    history.replaceState(null, '', '/en/self-attention/#demo-2');
    Element.prototype.scrollIntoView = vi.fn();
    mountIslands();
    await vi.waitFor(() => expect(mounted('demo-2')).toBe('en demo-2 a second one false'));
    expect(slot('demo-2').scrollIntoView).toHaveBeenCalled();
  });

  it('says so when a widget cannot be loaded, and loads it on retry', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    loaders.flaky.mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce({ default: Demo });
    mountIslands();
    comeNear(slot('flaky'));
    await vi.waitFor(() => expect(slot('flaky').querySelector('button')).not.toBeNull());
    expect(warn).toHaveBeenCalled();
    expect(slot('flaky').querySelector('.widget-placeholder-text')!.textContent).toBe(widgetStrings.en.loadFailed);
    const retry = slot('flaky').querySelector('button')!;
    expect(retry.textContent).toBe(widgetStrings.en.retry);
    retry.click();
    await vi.waitFor(() => expect(mounted('flaky')).toBe('en flaky undefined false'));
    expect(loaders.flaky).toHaveBeenCalledTimes(2);
  });
});
