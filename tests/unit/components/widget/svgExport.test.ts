// @vitest-environment happy-dom
/**
 * svgExport composes a picture made of several SVGs (side by side or stacked by CSS)
 * into one file at their on-screen positions, and leaves out skipped or hidden ones.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { exportableSvgs, serializeSvg } from '@/components/widget/svgExport';

const box = (x: number, y: number, width: number, height: number) => () => ({ x, y, left: x, top: y, width, height, right: x + width, bottom: y + height, toJSON: () => ({}) }) as DOMRect;

afterEach(() => document.body.replaceChildren());

function picture(): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = `
    <svg id="a" viewBox="0 0 100 50"><rect width="10" height="10" fill="red"/></svg>
    <div><svg id="b" viewBox="0 0 80 40"><svg id="nested"></svg><text>b</text></svg></div>
    <svg id="skip" data-export-skip=""></svg>
    <div hidden><svg id="hidden"></svg></div>
    <svg id="empty"></svg>`;
  document.body.appendChild(container);
  container.getBoundingClientRect = box(10, 20, 300, 200);
  (container.querySelector('#a') as SVGSVGElement).getBoundingClientRect = box(10, 20, 100, 50);
  (container.querySelector('#b') as SVGSVGElement).getBoundingClientRect = box(130, 90, 80, 40);
  (container.querySelector('#nested') as SVGSVGElement).getBoundingClientRect = box(130, 90, 5, 5);
  (container.querySelector('#skip') as SVGSVGElement).getBoundingClientRect = box(0, 0, 10, 10);
  (container.querySelector('#hidden') as SVGSVGElement).getBoundingClientRect = box(0, 0, 10, 10);
  (container.querySelector('#empty') as SVGSVGElement).getBoundingClientRect = box(0, 0, 0, 0);
  return container;
}

describe('exportableSvgs', () => {
  it('keeps visible top-level SVGs only', () => {
    expect(exportableSvgs(picture()).map((s) => s.id)).toEqual(['a', 'b']);
  });
});

describe('serializeSvg of a container', () => {
  it('places each SVG at its offset inside one file of the container’s size', () => {
    const text = serializeSvg(picture());
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe('300');
    expect(root.getAttribute('height')).toBe('200');
    const parts = Array.from(root.children).filter((e) => e.tagName.toLowerCase() === 'svg');
    expect(parts.map((p) => p.getAttribute('id'))).toEqual(['a', 'b']);
    // #a sits at the container's corner; #b at (130 − 10, 90 − 20)
    expect([parts[0].getAttribute('x'), parts[0].getAttribute('y')]).toEqual(['0', '0']);
    expect([parts[1].getAttribute('x'), parts[1].getAttribute('y'), parts[1].getAttribute('width')]).toEqual(['120', '70', '80']);
    expect(parts[1].getAttribute('viewBox')).toBe('0 0 80 40');
    // a background rectangle comes first
    expect(root.firstElementChild?.tagName.toLowerCase()).toBe('rect');
  });

  it('still serialises a single SVG as before', () => {
    const svg = picture().querySelector('#a') as SVGSVGElement;
    const doc = new DOMParser().parseFromString(serializeSvg(svg), 'image/svg+xml');
    expect(doc.documentElement.getAttribute('viewBox')).toBe('0 0 100 50');
    expect(doc.documentElement.getAttribute('width')).toBe('100');
    expect(doc.documentElement.querySelectorAll('rect')).toHaveLength(2);
  });
});
