/**
 * Saves a widget's picture as a stand-alone SVG or PNG file (for slides). The theme's
 * CSS variables are resolved to their current colours and the computed text styles are
 * inlined, so the file looks like the screen without the site's stylesheet.
 *
 * The picture is either one <svg>, or an HTML container whose visible <svg> children
 * (side by side or stacked by CSS) are composed into one file at their on-screen
 * positions; mark an <svg> with `data-export-skip` to leave it out (icons, decorations).
 * Raster layers (a heatmap painted on a canvas) are shown on screen by the canvas itself;
 * the SVG holds an <image> placeholder at the same place, linked with `linkRaster`, and
 * the export fills it with the canvas's pixels as a data: URL, so the file stays
 * self-contained and the screen never pays for PNG encoding.
 */
const STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'fill-opacity',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'stroke-dasharray',
  'image-rendering',
];

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Canvases whose pixels fill an SVG <image> placeholder in exports. */
const rasters = new WeakMap<Element, HTMLCanvasElement>();

/**
 * Links an SVG <image> placeholder to the canvas drawn over it on screen: exports put the
 * canvas's current pixels into the image. Returns a function that removes the link.
 */
export function linkRaster(image: SVGImageElement, canvas: HTMLCanvasElement): () => void {
  rasters.set(image, canvas);
  return () => {
    if (rasters.get(image) === canvas) rasters.delete(image);
  };
}

/** A copy of `svg` with the computed styles of every element inlined and linked rasters filled in. */
function cloneWithStyles(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = svg.querySelectorAll<SVGElement>('*');
  const target = clone.querySelectorAll<SVGElement>('*');
  source.forEach((element, i) => {
    const computed = getComputedStyle(element);
    const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
    target[i].setAttribute('style', style);
    const canvas = rasters.get(element);
    if (canvas) target[i].setAttribute('href', canvas.toDataURL('image/png'));
  });
  return clone;
}

/** The <svg> elements of a container that belong in its picture: visible, top-level, not skipped. */
export function exportableSvgs(container: Element): SVGSVGElement[] {
  return Array.from(container.querySelectorAll<SVGSVGElement>('svg')).filter((svg) => {
    if (svg.parentElement?.closest('svg') || svg.closest('[data-export-skip]') || svg.closest('[hidden]')) return false;
    const box = svg.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  });
}

/** A self-contained copy of `picture` (an <svg>, or a container of several) as text. */
export function serializeSvg(picture: SVGSVGElement | HTMLElement): string {
  const box = picture.getBoundingClientRect();
  let clone: SVGSVGElement;
  if (picture instanceof SVGSVGElement) {
    clone = cloneWithStyles(picture);
  } else {
    clone = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
    clone.setAttribute('viewBox', `0 0 ${Math.round(box.width)} ${Math.round(box.height)}`);
    for (const svg of exportableSvgs(picture)) {
      const part = cloneWithStyles(svg);
      const at = svg.getBoundingClientRect();
      part.setAttribute('x', String(Math.round(at.left - box.left)));
      part.setAttribute('y', String(Math.round(at.top - box.top)));
      part.setAttribute('width', String(Math.round(at.width)));
      part.setAttribute('height', String(Math.round(at.height)));
      clone.appendChild(part);
    }
  }
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(Math.round(box.width)));
  clone.setAttribute('height', String(Math.round(box.height)));
  const background = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff';
  const rect = document.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('width', '100%');
  rect.setAttribute('height', '100%');
  rect.setAttribute('fill', background);
  clone.insertBefore(rect, clone.firstChild);
  return new XMLSerializer().serializeToString(clone);
}

function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadSvg(svg: SVGSVGElement | HTMLElement, filename: string): void {
  save(new Blob([serializeSvg(svg)], { type: 'image/svg+xml' }), `${filename}.svg`);
}

/** Renders the SVG at `scale` × its on-screen size into a PNG. */
export async function downloadPng(svg: SVGSVGElement | HTMLElement, filename: string, scale = 2): Promise<void> {
  const text = serializeSvg(svg);
  const box = svg.getBoundingClientRect();
  const image = new Image();
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The picture could not be drawn as PNG'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(box.width * scale);
    canvas.height = Math.round(box.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas available');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, box.width, box.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The PNG could not be made');
    save(blob, `${filename}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}
