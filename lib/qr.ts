/**
 * A small QR code encoder (ISO/IEC 18004), enough for a page address on a projected
 * slide: byte mode (UTF-8), error correction level M (about 15 % of the code may be
 * covered or smudged), versions 1–10 (up to 213 bytes). It builds the module matrix
 * in five steps: data bits, Reed–Solomon error correction per block, interleaving,
 * placement in the zigzag around the function patterns, and the mask with the lowest
 * penalty. Pure and synchronous; the presenter draws the matrix as SVG.
 */

/** Error-correction layout of level M per version: EC codewords per block and the data codewords of each block. */
const LEVEL_M: { ec: number; blocks: number[] }[] = [
  { ec: 10, blocks: [16] },
  { ec: 16, blocks: [28] },
  { ec: 26, blocks: [44] },
  { ec: 18, blocks: [32, 32] },
  { ec: 24, blocks: [43, 43] },
  { ec: 16, blocks: [27, 27, 27, 27] },
  { ec: 18, blocks: [31, 31, 31, 31] },
  { ec: 22, blocks: [38, 38, 39, 39] },
  { ec: 22, blocks: [36, 36, 36, 37, 37] },
  { ec: 26, blocks: [43, 43, 43, 43, 44] },
];

/** Centres of the alignment patterns (rows and columns) per version. */
const ALIGNMENT: number[][] = [[], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50]];

/** Leftover bits after the last codeword, per version. */
const REMAINDER_BITS = [0, 7, 7, 7, 7, 7, 0, 0, 0, 0];

export const MAX_VERSION = LEVEL_M.length;

// ---- GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1 ----

const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
{
  let x = 1;
  for (let i = 0; i < 255; i++) {
    EXP[i] = x;
    LOG[x] = i;
    x <<= 1;
    if (x & 0x100) x ^= 0x11d;
  }
  for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255];
}

const multiply = (a: number, b: number) => (a === 0 || b === 0 ? 0 : EXP[LOG[a] + LOG[b]]);

/** Coefficients (highest power first, leading 1 dropped) of the product of (x − α^i), i < degree. */
function generator(degree: number): number[] {
  let poly = [1];
  for (let i = 0; i < degree; i++) {
    const next = new Array<number>(poly.length + 1).fill(0);
    poly.forEach((c, j) => {
      next[j] ^= c;
      next[j + 1] ^= multiply(c, EXP[i]);
    });
    poly = next;
  }
  return poly.slice(1);
}

/** The `degree` Reed–Solomon check codewords of `data`: the remainder of data·x^degree divided by the generator. */
export function reedSolomon(data: number[], degree: number): number[] {
  const gen = generator(degree);
  const rest = new Array<number>(degree).fill(0);
  for (const byte of data) {
    const factor = byte ^ rest.shift()!;
    rest.push(0);
    gen.forEach((g, i) => (rest[i] ^= multiply(g, factor)));
  }
  return rest;
}

// ---- BCH codes of the format and version information ----

/** Remainder of `value`·x^(bits of poly − 1) divided by `poly` over GF(2). */
function bchRemainder(value: number, poly: number): number {
  const degree = Math.floor(Math.log2(poly));
  let rest = value << degree;
  for (let bit = Math.floor(Math.log2(rest || 1)); bit >= degree; bit--) if ((rest >> bit) & 1) rest ^= poly << (bit - degree);
  return rest;
}

/** The 15 format bits for level M and a mask (0–7), masked with 101010000010010. */
export function formatBits(mask: number, levelBits = 0b00): number {
  const data = (levelBits << 3) | mask;
  return ((data << 10) | bchRemainder(data, 0b10100110111)) ^ 0b101010000010010;
}

/** The 18 version bits (versions 7 and up). */
export function versionBits(version: number): number {
  return (version << 12) | bchRemainder(version, 0b1111100100101);
}

// ---- data ----

const capacity = (version: number) => LEVEL_M[version - 1].blocks.reduce((a, b) => a + b, 0);

/** The smallest version whose level-M capacity holds `length` bytes in byte mode. */
export function versionFor(length: number): number {
  for (let version = 1; version <= MAX_VERSION; version++) {
    const countBits = version < 10 ? 8 : 16;
    if (4 + countBits + 8 * length <= 8 * capacity(version)) return version;
  }
  throw new RangeError(`A QR code of up to version ${MAX_VERSION} holds at most ${capacity(MAX_VERSION) - 3} bytes; this text has ${length}.`);
}

/** Data codewords: mode, count, the bytes, terminator and padding. */
export function dataCodewords(bytes: Uint8Array, version: number): number[] {
  const bits: number[] = [];
  const put = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  put(0b0100, 4);
  put(bytes.length, version < 10 ? 8 : 16);
  bytes.forEach((b) => put(b, 8));
  const total = 8 * capacity(version);
  put(0, Math.min(4, total - bits.length));
  while (bits.length % 8) bits.push(0);
  const words: number[] = [];
  for (let i = 0; i < bits.length; i += 8) words.push(bits.slice(i, i + 8).reduce((acc, b) => (acc << 1) | b, 0));
  for (let pad = 0; words.length < capacity(version); pad++) words.push(pad % 2 === 0 ? 0xec : 0x11);
  return words;
}

/** All codewords in transmission order: data blocks interleaved, then their check codewords interleaved. */
export function interleave(data: number[], version: number): number[] {
  const { ec, blocks } = LEVEL_M[version - 1];
  const pieces: number[][] = [];
  let at = 0;
  for (const size of blocks) {
    pieces.push(data.slice(at, at + size));
    at += size;
  }
  const checks = pieces.map((piece) => reedSolomon(piece, ec));
  const out: number[] = [];
  const longest = Math.max(...blocks);
  for (let i = 0; i < longest; i++) for (const piece of pieces) if (i < piece.length) out.push(piece[i]);
  for (let i = 0; i < ec; i++) for (const check of checks) out.push(check[i]);
  return out;
}

// ---- the matrix ----

/** A square of modules, true = dark, indexed [row][column]. */
export type QrMatrix = boolean[][];

const MASKS: ((row: number, col: number) => boolean)[] = [
  (r, c) => (r + c) % 2 === 0,
  (r) => r % 2 === 0,
  (_, c) => c % 3 === 0,
  (r, c) => (r + c) % 3 === 0,
  (r, c) => (Math.floor(r / 2) + Math.floor(c / 3)) % 2 === 0,
  (r, c) => ((r * c) % 2) + ((r * c) % 3) === 0,
  (r, c) => (((r * c) % 2) + ((r * c) % 3)) % 2 === 0,
  (r, c) => (((r + c) % 2) + ((r * c) % 3)) % 2 === 0,
];

/** The function patterns (finders, timing, alignment, dark module, version) and which modules they reserve. */
function functionPatterns(version: number): { modules: QrMatrix; reserved: boolean[][] } {
  const size = 17 + 4 * version;
  const modules: QrMatrix = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const reserved = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const set = (r: number, c: number, dark: boolean) => {
    modules[r][c] = dark;
    reserved[r][c] = true;
  };
  // finders with their white separators
  for (const [top, left] of [
    [0, 0],
    [0, size - 7],
    [size - 7, 0],
  ]) {
    for (let r = -1; r <= 7; r++) {
      for (let c = -1; c <= 7; c++) {
        const row = top + r;
        const col = left + c;
        if (row < 0 || col < 0 || row >= size || col >= size) continue;
        const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
        set(row, col, ring !== 2 && ring !== 4);
      }
    }
  }
  for (let i = 8; i < size - 8; i++) {
    set(6, i, i % 2 === 0);
    set(i, 6, i % 2 === 0);
  }
  const centres = ALIGNMENT[version - 1];
  const last = centres[centres.length - 1];
  for (const r of centres) {
    for (const c of centres) {
      // the three corners that would overlap a finder have none (those on the timing lines do)
      if ((r === 6 && c === 6) || (r === 6 && c === last) || (r === last && c === 6)) continue;
      for (let dr = -2; dr <= 2; dr++) for (let dc = -2; dc <= 2; dc++) set(r + dr, c + dc, Math.max(Math.abs(dr), Math.abs(dc)) !== 1);
    }
  }
  // the format areas (filled per mask later) and the dark module
  for (let i = 0; i < 9; i++) {
    reserved[8][i] = reserved[i][8] = true;
  }
  for (let i = 0; i < 8; i++) {
    reserved[8][size - 1 - i] = reserved[size - 1 - i][8] = true;
  }
  set(size - 8, 8, true);
  if (version >= 7) {
    const bits = versionBits(version);
    for (let i = 0; i < 18; i++) {
      const dark = ((bits >> i) & 1) === 1;
      const a = size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      set(a, b, dark);
      set(b, a, dark);
    }
  }
  return { modules, reserved };
}

/** Writes the 15 format bits in both copies. */
function placeFormat(modules: QrMatrix, mask: number) {
  const size = modules.length;
  const bits = formatBits(mask);
  const bit = (i: number) => ((bits >> i) & 1) === 1;
  // first copy, around the top-left finder: bits 0–7 down column 8 (skipping the timing row), 8–14 along row 8
  for (let i = 0; i <= 5; i++) modules[i][8] = bit(i);
  modules[7][8] = bit(6);
  modules[8][8] = bit(7);
  modules[8][7] = bit(8);
  for (let i = 9; i < 15; i++) modules[8][14 - i] = bit(i);
  // second copy: bits 0–7 along row 8 from the right, 8–14 up column 8 from the bottom
  for (let i = 0; i < 8; i++) modules[8][size - 1 - i] = bit(i);
  for (let i = 8; i < 15; i++) modules[size - 15 + i][8] = bit(i);
}

/** Places the codeword bits in the zigzag: two-column strips from the right, up then down, skipping column 6. */
function placeData(modules: QrMatrix, reserved: boolean[][], codewords: number[], remainder: number) {
  const size = modules.length;
  const bits: boolean[] = [];
  for (const word of codewords) for (let i = 7; i >= 0; i--) bits.push(((word >> i) & 1) === 1);
  for (let i = 0; i < remainder; i++) bits.push(false);
  let at = 0;
  let upward = true;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let step = 0; step < size; step++) {
      const row = upward ? size - 1 - step : step;
      for (const col of [right, right - 1]) {
        if (reserved[row][col]) continue;
        modules[row][col] = at < bits.length ? bits[at] : false;
        at++;
      }
    }
    upward = !upward;
  }
}

/** The penalty score of a finished matrix (the four rules of the standard); the lowest wins. */
export function penalty(modules: QrMatrix): number {
  const size = modules.length;
  let score = 0;
  const lines = (transpose: boolean) => Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, j) => (transpose ? modules[j][i] : modules[i][j])));
  for (const transpose of [false, true]) {
    for (const line of lines(transpose)) {
      // rule 1: runs of five or more of one colour
      let run = 1;
      for (let j = 1; j <= size; j++) {
        if (j < size && line[j] === line[j - 1]) run++;
        else {
          if (run >= 5) score += run - 2;
          run = 1;
        }
      }
      // rule 3: the finder-like pattern 1011101 with four light modules on either side
      const text = line.map((d) => (d ? '1' : '0')).join('');
      for (const pattern of ['10111010000', '00001011101']) for (let j = text.indexOf(pattern); j !== -1; j = text.indexOf(pattern, j + 1)) score += 40;
    }
  }
  // rule 2: 2×2 blocks of one colour
  for (let r = 0; r < size - 1; r++) {
    for (let c = 0; c < size - 1; c++) {
      const d = modules[r][c];
      if (modules[r][c + 1] === d && modules[r + 1][c] === d && modules[r + 1][c + 1] === d) score += 3;
    }
  }
  // rule 4: balance of dark and light, 10 points per 5 % away from half
  const dark = modules.flat().filter(Boolean).length;
  score += 10 * Math.floor(Math.abs((dark * 100) / (size * size) - 50) / 5);
  return score;
}

/** The QR code of `text` at level M, with the mask of lowest penalty unless one is given. */
export function encodeQr(text: string, forcedMask?: number): { matrix: QrMatrix; version: number; mask: number } {
  const bytes = new TextEncoder().encode(text);
  const version = versionFor(bytes.length);
  const codewords = interleave(dataCodewords(bytes, version), version);
  const { modules: base, reserved } = functionPatterns(version);
  placeData(base, reserved, codewords, REMAINDER_BITS[version - 1]);
  let best: { matrix: QrMatrix; mask: number; score: number } | null = null;
  for (let mask = 0; mask < 8; mask++) {
    if (forcedMask !== undefined && mask !== forcedMask) continue;
    const matrix = base.map((row, r) => row.map((dark, c) => (reserved[r][c] ? dark : dark !== MASKS[mask](r, c))));
    placeFormat(matrix, mask);
    const score = penalty(matrix);
    if (!best || score < best.score) best = { matrix, mask, score };
  }
  return { matrix: best!.matrix, version, mask: best!.mask };
}

/** An SVG path drawing the dark modules, one unit per module, offset by a quiet zone of `margin` modules. */
export function qrPath(matrix: QrMatrix, margin = 4): string {
  const parts: string[] = [];
  matrix.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      if (!row[c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < row.length && row[c]) c++;
      parts.push(`M${start + margin} ${r + margin}h${c - start}v1h${start - c}z`);
    }
  });
  return parts.join('');
}
