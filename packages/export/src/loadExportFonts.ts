import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Noto Sans 2.x from Google Fonts (full TTFs shipped by @expo-google-fonts/noto-sans) covers
 * Latin with every Vietnamese letter and Devanagari with its shaping tables, so one family
 * renders English, Dutch, Vietnamese and Hindi without fallback boxes.
 */
export const EXPORT_FONT_FAMILY = 'Noto Sans';

/**
 * Noto Sans has no arrows (→ ← ↑ ↓) or check marks; DejaVu Sans (dejavu-fonts-ttf) draws the
 * characters Noto lacks, per run of text, so nothing prints as a missing-glyph box.
 */
export const SYMBOL_FONT_FAMILY = 'DejaVu Sans';

export interface ExportFonts {
  family: string;
  regular: Buffer;
  bold: Buffer;
  /** File path of the regular face, for libraries that take a path. */
  regularPath: string;
  /** Fallback faces for symbols the main family lacks. */
  symbols: { regular: Buffer; bold: Buffer };
}

let cached: ExportFonts | null = null;

export function loadExportFonts(): ExportFonts {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const regularPath = require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');
  cached = {
    family: EXPORT_FONT_FAMILY,
    regular: readFileSync(regularPath),
    bold: readFileSync(require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf')),
    regularPath,
    symbols: {
      regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
      bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
    },
  };
  return cached;
}
