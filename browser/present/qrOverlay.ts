/**
 * The QR code overlay (Q): the address of the current view, drawn as SVG from the
 * page's own encoder (lib/qr.ts), so students' phones open the same slide. No network.
 */
import { encodeQr, qrPath } from '@/lib/qr';
import { PRESENT_BAR } from '@/lib/markup/present';

export function showQr(overlay: HTMLElement, url: string) {
  const code = overlay.querySelector<HTMLElement>(`[${PRESENT_BAR.qrCode}]`)!;
  const text = overlay.querySelector<HTMLElement>(`[${PRESENT_BAR.qrUrl}]`)!;
  text.textContent = url;
  try {
    const { matrix } = encodeQr(url);
    const side = matrix.length + 8;
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', `0 0 ${side} ${side}`);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', url);
    svg.setAttribute('shape-rendering', 'crispEdges');
    const back = document.createElementNS(svg.namespaceURI, 'rect');
    back.setAttribute('width', String(side));
    back.setAttribute('height', String(side));
    back.setAttribute('fill', '#fff');
    const path = document.createElementNS(svg.namespaceURI, 'path');
    path.setAttribute('d', qrPath(matrix));
    path.setAttribute('fill', '#000');
    svg.append(back, path);
    code.replaceChildren(svg);
  } catch (error) {
    // an address too long for a code: the address alone is still shown
    code.replaceChildren();
    console.warn(error);
  }
}
