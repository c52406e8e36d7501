/** Types for subset-font (which ships none): the one call scripts/build/og-font.ts makes. */
declare module 'subset-font' {
  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype'; preserveNameIds?: number[] }): Promise<Buffer>;
}
