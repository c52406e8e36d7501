/**
 * Maintenance: rebuilds the small font the Open Graph images are drawn with, a subset of
 * Noto Sans CJK SC Bold (SIL Open Font License, scripts/build/og/OFL.txt) holding only the
 * characters the cards use. Run it after a chapter title changes (og-images.ts says so):
 * `npm run og:font`. It reads the font from Debian's fonts-noto-cjk package
 * (`apt-get install fonts-noto-cjk`), takes the Simplified Chinese face out of the
 * collection, and subsets it with subset-font (HarfBuzz); the build itself needs only
 * the committed subset.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { FONT_CHARS, FONT_FILE, cardCharacters, chapterCards } from './og/cards';

const COLLECTION = process.env.NOTO_CJK_TTC ?? '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc';
const FACE = 'Noto Sans CJK SC';

/** One face of a TrueType/OpenType collection (.ttc) as a standalone font file. */
export function faceFromCollection(ttc: Buffer, index: number): Buffer {
  if (ttc.toString('latin1', 0, 4) !== 'ttcf') throw new Error('not a font collection');
  const count = ttc.readUInt32BE(8);
  if (index >= count) throw new Error(`the collection has ${count} faces`);
  const start = ttc.readUInt32BE(12 + 4 * index);
  const tables = ttc.readUInt16BE(start + 4);
  const header = Buffer.alloc(12 + 16 * tables);
  ttc.copy(header, 0, start, start + 12);
  const bodies: Buffer[] = [];
  let offset = header.length;
  for (let i = 0; i < tables; i++) {
    const record = start + 12 + 16 * i;
    const at = ttc.readUInt32BE(record + 8);
    const length = ttc.readUInt32BE(record + 12);
    ttc.copy(header, 12 + 16 * i, record, record + 8);
    header.writeUInt32BE(offset, 12 + 16 * i + 8);
    header.writeUInt32BE(length, 12 + 16 * i + 12);
    const padded = Buffer.alloc((length + 3) & ~3);
    ttc.copy(padded, 0, at, at + length);
    bodies.push(padded);
    offset += padded.length;
  }
  return Buffer.concat([header, ...bodies]);
}

/** Index of the face whose name table mentions `family` (UTF-16BE, as Windows names are stored). */
function findFace(ttc: Buffer, family: string): number {
  const needle = Buffer.from(family, 'utf16le').swap16();
  const count = ttc.readUInt32BE(8);
  for (let i = 0; i < count; i++) {
    const face = faceFromCollection(ttc, i);
    const tables = face.readUInt16BE(4);
    for (let t = 0; t < tables; t++) {
      if (face.toString('latin1', 12 + 16 * t, 16 + 16 * t) !== 'name') continue;
      const at = face.readUInt32BE(12 + 16 * t + 8);
      const length = face.readUInt32BE(12 + 16 * t + 12);
      const name = face.subarray(at, at + length);
      if (name.includes(needle) && !name.includes(Buffer.from('Mono', 'utf16le').swap16())) return i;
    }
  }
  throw new Error(`${COLLECTION} has no face named ${family}`);
}

const ttc = readFileSync(COLLECTION);
const face = faceFromCollection(ttc, findFace(ttc, FACE));
const characters = cardCharacters(chapterCards());
const subset = await subsetFont(face, characters, { targetFormat: 'sfnt' });
writeFileSync(FONT_FILE, subset);
writeFileSync(FONT_CHARS, characters + '\n');
console.log(`og-font: ${[...characters].length} characters, ${(subset.length / 1024).toFixed(0)} kB → ${FONT_FILE}`);
