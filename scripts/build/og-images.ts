/**
 * Draws each chapter's Open Graph image at build time (after finish-export): the card
 * from lib/og/card.ts rendered to a 1200×630 PNG by resvg (its binary ships in the npm
 * package), with the committed font subset and no system fonts, so it works on a fresh
 * machine after `npm ci`. Writes out/og/<locale>/<slug>.png, the path each chapter's
 * og:image names (lib/site.ts). Stops when a title needs a character the font subset
 * lacks, and says how to rebuild the subset.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { cardSvg, OG_FONT_FAMILY, OG_WIDTH } from '@/lib/og/card';
import { ogImagePath } from '@/lib/site';
import { FONT_CHARS, FONT_FILE, cardCharacters, chapterCards } from './og/cards';

const started = Date.now();
const cards = chapterCards();
const covered = new Set(readFileSync(FONT_CHARS, 'utf8'));
const missing = [...cardCharacters(cards)].filter((char) => !covered.has(char));
if (missing.length) {
  console.error(`og-images: the font subset lacks ${missing.join(' ')}; run \`npm run og:font\` (needs Debian's fonts-noto-cjk) and commit ${FONT_FILE}.`);
  process.exit(1);
}
let bytes = 0;
for (const { locale, slug, card } of cards) {
  const resvg = new Resvg(cardSvg(card), {
    fitTo: { mode: 'width', value: OG_WIDTH },
    font: { fontFiles: [path.resolve(FONT_FILE)], loadSystemFonts: false, defaultFontFamily: OG_FONT_FAMILY },
  });
  const png = resvg.render().asPng();
  const file = path.join('out', ogImagePath(locale, slug));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, png);
  bytes += png.length;
}
console.log(`og-images: ${cards.length} images, ${(bytes / 1024).toFixed(0)} kB in out/og/ (${((Date.now() - started) / 1000).toFixed(1)} s)`);
