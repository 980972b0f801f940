import type { Font } from 'fontkit';
import { openFont } from './openFont.ts';

/** What pdfkit's embedded font returns from `layout`: glyphs with positions in 1/1000 em. */
interface PdfkitRun {
  glyphs: readonly unknown[];
  positions: readonly unknown[];
  advanceWidth: number;
}

/** The part of pdfkit's embedded font (`doc._font`, not in @types/pdfkit) that lays out text. */
interface PdfkitLayoutFont {
  layout(text: string, features?: unknown, onlyWidth?: boolean): PdfkitRun;
  /** Shapes with `this.font` (fontkit) and scales to 1/1000 em by `this.scale`. */
  layoutRun(this: { font: Font; scale: number }, text: string, features?: unknown): PdfkitRun;
  scale: number;
}

// Past this many distinct strings a font's cache starts over, so a worker's memory stays bounded.
const MAX_ENTRIES = 50_000;

const runsByFont = new WeakMap<Buffer, Map<string, PdfkitRun>>();
const wrapped = new WeakSet<object>();
// The writer passes a few constant feature objects; stringify each once, not per word.
const featureKeys = new WeakMap<object, string>();

function featureKey(features: object): string {
  let key = featureKeys.get(features);
  if (key === undefined) {
    key = JSON.stringify(features);
    featureKeys.set(features, key);
  }
  return key;
}

function isLayoutFont(font: unknown): font is PdfkitLayoutFont {
  return (
    typeof font === 'object' &&
    font !== null &&
    typeof Reflect.get(font, 'layout') === 'function' &&
    typeof Reflect.get(font, 'layoutRun') === 'function' &&
    typeof Reflect.get(font, 'scale') === 'number'
  );
}

/**
 * Caches the current font's layout per word and OpenType features, shared by every document
 * drawn with the same font data (a warm export worker keeps it between exports). pdfkit's own
 * layout cache is per document and skipped whenever features are given, and Weft always gives
 * them for Latin text (shaped without ccmp): line wrapping then shaped every word again for each
 * measurement. A word not cached yet is shaped by pdfkit's own `layoutRun` on the worker's one
 * fontkit font for this file (`openFont`), not on the document's: pdfkit parses the file anew for
 * every document, and decoding GSUB/GPOS again on its first shaping cost ~100 ms per face per
 * export. Only glyph ids, widths and code points of a run reach the PDF, so which parse of the same
 * file shaped it does not matter. pdfkit copies a run's positions before changing them (word
 * spacing), as it does with its own cached runs, so sharing them is safe.
 */
export function cachePdfkitLayout(doc: PDFKit.PDFDocument, fontData: Buffer): void {
  const font: unknown = Reflect.get(doc, '_font');
  if (!isLayoutFont(font) || wrapped.has(font)) return;
  wrapped.add(font);
  let runs = runsByFont.get(fontData);
  if (!runs) {
    runs = new Map();
    runsByFont.set(fontData, runs);
  }
  const cache = runs;
  const shaper = { font: openFont(fontData), scale: font.scale };
  const layoutRun = font.layoutRun;
  const word = (text: string, features: object | undefined): PdfkitRun => {
    const key = `${features ? featureKey(features) : ''}\u0000${text}`;
    let run = cache.get(key);
    if (!run) {
      const full = layoutRun.call(shaper, text, features);
      run = { glyphs: full.glyphs, positions: full.positions, advanceWidth: full.advanceWidth };
      if (cache.size >= MAX_ENTRIES) cache.clear();
      cache.set(key, run);
    }
    return run;
  };
  font.layout = (text, features, onlyWidth) => {
    const shaping = typeof features === 'object' && features !== null ? features : undefined;
    // Word by word, each with its trailing space, as pdfkit's own cache splits: whole lines
    // (pdfkit encodes a line at once) rarely repeat, their words do.
    const words = text.match(/[^ \t]*[ \t]?/g) ?? [];
    if (words.length <= 2) return word(text, shaping);
    const glyphs: unknown[] = [];
    const positions: unknown[] = [];
    let advanceWidth = 0;
    for (const w of words) {
      if (w === '') continue;
      const run = word(w, shaping);
      if (!onlyWidth) {
        glyphs.push(...run.glyphs);
        positions.push(...run.positions);
      }
      advanceWidth += run.advanceWidth;
    }
    return { glyphs, positions, advanceWidth };
  };
}
