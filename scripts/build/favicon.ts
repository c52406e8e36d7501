/**
 * Writes public/favicon.ico from public/favicon.svg: browsers and crawlers still ask for
 * /favicon.ico even when the page names an SVG icon, and without the file the request
 * falls through to the `[locale]` route (a 500 in `next dev`, a 404 in the export). The
 * icon holds one 32×32 PNG (ICO files may embed PNG since Windows Vista).
 * Run after changing the SVG: npx tsx scripts/build/favicon.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const SIZE = 32;
const png = new Resvg(readFileSync('public/favicon.svg'), { fitTo: { mode: 'width', value: SIZE } }).render().asPng();

const header = Buffer.alloc(6 + 16);
header.writeUInt16LE(0, 0); // reserved
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(1, 4); // one image
header.writeUInt8(SIZE, 6); // width
header.writeUInt8(SIZE, 7); // height
header.writeUInt8(0, 8); // no palette
header.writeUInt8(0, 9); // reserved
header.writeUInt16LE(1, 10); // colour planes
header.writeUInt16LE(32, 12); // bits per pixel
header.writeUInt32LE(png.length, 14); // size of the PNG
header.writeUInt32LE(header.length, 18); // where it starts
writeFileSync('public/favicon.ico', Buffer.concat([header, png]));
console.log(`favicon: public/favicon.ico (${header.length + png.length} bytes)`);
