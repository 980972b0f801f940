import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Noto Sans 2.x from Google Fonts (full TTFs shipped by @expo-google-fonts/noto-sans) covers
 * Latin with every Vietnamese letter and Devanagari with its shaping tables, so one family
 * renders English, Dutch, Vietnamese and Hindi without fallback boxes.
 */
export const EXPORT_FONT_FAMILY = 'Noto Sans';

export interface ExportFonts {
  family: string;
  regular: Buffer;
  bold: Buffer;
  /** File path of the regular face, for libraries that take a path. */
  regularPath: string;
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
  };
  return cached;
}
