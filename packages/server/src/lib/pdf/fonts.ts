import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The PDF font: DejaVu Sans from the `dejavu-fonts-ttf` npm package (Bitstream Vera licence and
// public-domain changes: free to embed and redistribute). It covers Cyrillic with the Kazakh,
// Kyrgyz, Tatar, Bashkir and Uzbek letters and every Turkic Latin letter (ə ğ ı İ ş ç ö ü ñ ä ž ý ň),
// and ships with `npm install`, so a fresh machine renders the same PDF with no system fonts.

const require = createRequire(import.meta.url);

/** Absolute paths of the regular and bold faces. */
export const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
} as const;

let loaded: { regular: Buffer; bold: Buffer } | undefined;

/** The font files' bytes, read once per process. */
export function fontData(): { regular: Buffer; bold: Buffer } {
  loaded ??= { regular: readFileSync(FONT_FILES.regular), bold: readFileSync(FONT_FILES.bold) };
  return loaded;
}
