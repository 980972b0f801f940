/** What pdfkit's embedded font returns from `layout`: glyphs with positions in 1/1000 em. */
interface PdfkitRun {
  glyphs: unknown;
  positions: unknown;
  advanceWidth: number;
}

/** The part of pdfkit's embedded font (`doc._font`, not in @types/pdfkit) that lays out text. */
interface PdfkitLayoutFont {
  layout(text: string, features?: unknown, onlyWidth?: boolean): PdfkitRun;
}

// Past this many distinct strings a font's cache starts over, so a worker's memory stays bounded.
const MAX_ENTRIES = 50_000;

const runsByFont = new WeakMap<Buffer, Map<string, PdfkitRun>>();
const wrapped = new WeakSet<object>();

function isLayoutFont(font: unknown): font is PdfkitLayoutFont {
  return typeof font === 'object' && font !== null && typeof Reflect.get(font, 'layout') === 'function';
}

/**
 * Caches the current font's layout per string and OpenType features, shared by every document
 * drawn with the same font data (a warm export worker keeps it between exports). pdfkit has a
 * layout cache of its own but skips it whenever features are given, and Weft always gives them
 * (Latin text is shaped without ccmp): line wrapping then shaped every word again for each
 * measurement, most of a large PDF's time. pdfkit copies a run's positions before changing
 * them (word spacing), as it does with its own cached runs, so sharing them is safe.
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
  const layout = font.layout.bind(font);
  font.layout = (text, features, onlyWidth) => {
    // Without features pdfkit's own per-word cache serves the call.
    if (!features) return layout(text, features, onlyWidth);
    const key = `${JSON.stringify(features)}\u0000${text}`;
    let run = cache.get(key);
    if (!run) {
      const full = layout(text, features, false);
      run = { glyphs: full.glyphs, positions: full.positions, advanceWidth: full.advanceWidth };
      if (cache.size >= MAX_ENTRIES) cache.clear();
      cache.set(key, run);
    }
    return run;
  };
}
