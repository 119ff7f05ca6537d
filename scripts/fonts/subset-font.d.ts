// subset-font ships no types; these are the options scripts/subset-fonts.ts uses (see its README).
declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    /** Drop TrueType hinting instructions (hb-subset --no-hinting). */
    noHinting?: boolean;
    /** OpenType features to keep; all by default. */
    keepFeatures?: string[];
  }
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}
