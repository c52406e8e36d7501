/**
 * A chapter's Open Graph image as SVG (1200×630), in the site's style: the site name, the
 * chapter's place in the reading order, its title in large type, and a small figure of
 * tokens attending to each other in the site's colours, different for each chapter.
 * Pure, so the build script (scripts/build/og-images.ts) only renders it to PNG. Text is
 * wrapped by an estimate of glyph widths, since nothing measures text at build time.
 */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
export const OG_FONT_FAMILY = 'Noto Sans CJK SC';

export interface CardInput {
  siteName: string;
  /** e.g. "Chapter 4 of 10". */
  kicker: string;
  title: string;
  /** Seeds the figure, so each chapter's picture differs. */
  slug: string;
  /** BCP 47 tag of the text. */
  lang: string;
}

const isWide = (char: string) => /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(char);

/** Width of a string in em, estimated for a bold sans-serif. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (isWide(char)) width += 1;
    else if (char === ' ') width += 0.26;
    else if (/[A-Z0-9]/.test(char)) width += 0.66;
    else if (/[iljft.,:;'’!|()-]/.test(char)) width += 0.32;
    else if (/[mwMW]/.test(char)) width += 0.9;
    else width += 0.58;
  }
  return width;
}

/** Splits text into breakable pieces: words (with their space) and single wide characters. */
function pieces(text: string): string[] {
  return text.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F][，。、：；）》”]?|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]+\s*|\s+/g) ?? [];
}

/** Wraps `text` into lines no wider than `maxEm`. */
export function wrap(text: string, maxEm: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(text)) {
    if (line && textWidth((line + piece).trimEnd()) > maxEm) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line += piece;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** The largest font size (from `sizes`) at which the title fits in `maxLines` lines of `width` px. */
export function fitTitle(title: string, width: number, sizes = [84, 72, 62, 54], maxLines = 3): { size: number; lines: string[] } {
  for (const size of sizes) {
    const lines = wrap(title, width / size);
    if (lines.length <= maxLines) return { size, lines };
  }
  const size = sizes[sizes.length - 1];
  return { size, lines: wrap(title, width / size) };
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Deterministic small numbers from a string (FNV-1a), for the figure's variations. */
function seeds(text: string, count: number): number[] {
  let hash = 2166136261;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    for (const char of `${text}:${i}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
    out.push(hash / 2 ** 32);
  }
  return out;
}

/** Five tokens; one of them attends to the others with arcs whose width is its weight. */
function figure(slug: string): string {
  const [pick, ...weights] = seeds(slug, 6);
  const focus = Math.floor(pick * 5);
  const x0 = 788;
  const size = 58;
  const gap = 14;
  const y = 450;
  const colours = ['#0069a6', '#b86e00', '#00795a', '#b4457f', '#0069a6'];
  const centre = (i: number) => x0 + i * (size + gap) + size / 2;
  const arcs = [0, 1, 2, 3, 4]
    .filter((i) => i !== focus)
    .map((i, k) => {
      const width = 2 + Math.round(weights[k] * 12);
      const a = centre(focus);
      const b = centre(i);
      const lift = 40 + Math.abs(b - a) * 0.55;
      return `<path d="M${a} ${y} C${a} ${y - lift} ${b} ${y - lift} ${b} ${y}" fill="none" stroke="${colours[i]}" stroke-width="${width}" stroke-linecap="round" opacity="0.85"/>`;
    })
    .join('');
  const tokens = [0, 1, 2, 3, 4]
    .map((i) => {
      const fill = i === focus ? '#0069a6' : '#e3f0f9';
      const stroke = i === focus ? '#0069a6' : '#7fb3d5';
      return `<rect x="${x0 + i * (size + gap)}" y="${y}" width="${size}" height="${size}" rx="10" fill="${fill}" stroke="${stroke}" stroke-width="3"/>`;
    })
    .join('');
  return `<g>${arcs}${tokens}</g>`;
}

/** Title sizes to try: one or two lines may be large, three lines get smaller type. */
const lines0 = (title: string) => (wrap(title, 650 / 84).length <= 2 ? [84] : [68, 60, 54]);

/** The SVG source of one card. */
export function cardSvg({ siteName, kicker, title, slug, lang }: CardInput): string {
  const { size, lines } = fitTitle(title, 650, lines0(title));
  const lineHeight = Math.round(size * 1.18);
  const top = 200 + lineHeight;
  const titleText = lines.map((line, i) => `<tspan x="90" y="${top + i * lineHeight}">${escape(line)}</tspan>`).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" xml:lang="${lang}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>`,
    `<rect x="0" y="0" width="18" height="${OG_HEIGHT}" fill="#0069a6"/>`,
    `<rect x="760" y="70" width="380" height="490" rx="24" fill="#f5f6f8"/>`,
    figure(slug),
    `<g font-family="${OG_FONT_FAMILY}" font-weight="700">`,
    `<text x="90" y="110" font-size="34" fill="#555b66">${escape(siteName)}</text>`,
    `<text x="90" y="185" font-size="30" fill="#0069a6">${escape(kicker)}</text>`,
    `<text font-size="${size}" fill="#16181d">${titleText}</text>`,
    `</g>`,
    `<rect x="90" y="540" width="120" height="8" rx="4" fill="#0069a6"/>`,
    `</svg>`,
  ].join('');
}
