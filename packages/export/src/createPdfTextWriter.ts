import type { Font } from 'fontkit';
import { cachePdfkitLayout } from './cachePdfkitLayout.ts';
import { openFont } from './openFont.ts';
import { scriptRuns } from './scriptRuns.ts';

type Doc = PDFKit.PDFDocument;
type TextOptions = PDFKit.Mixins.TextOptions;

export interface PdfFontFace {
  /** Name registered with `doc.registerFont`. */
  name: string;
  data: Buffer;
  /** A registered face drawing the characters this one has no glyph for (arrows, ✓). */
  fallback?: string;
}

export interface PdfTextWriter {
  /** Selects a registered face for the following writes. */
  font(name: string, size: number): void;
  /** Writes at the current position; `\n` starts a new line. */
  write(text: string, options?: TextOptions): void;
  writeAt(text: string, x: number, y: number, options?: TextOptions): void;
}

interface Piece {
  text: string;
  /** The face to draw with; the current one when undefined. */
  face: Face | undefined;
  /** Drawn inside an ActualText span carrying `text`. */
  actual: boolean;
  features: Record<string, boolean> | undefined;
}

interface Face {
  name: string;
  data: Buffer;
  fallback: string | undefined;
  font: Font;
  /** The text pdfkit's ToUnicode map will give each glyph: the first text it was drawn for. */
  unicode: Map<number, string>;
  /** Words already checked in this document: once its glyphs are mapped, a word's answer stays. */
  checked: Map<string, boolean>;
  /** Code points this face lacks and its fallback draws. */
  needsFallback: Map<number, boolean>;
}

/** A shaped glyph: its id and the text it was shaped from. */
interface ShapedGlyph {
  id: number;
  text: string;
}

// Past this many distinct words a font's shaping cache starts over (bounded worker memory).
const MAX_SHAPED = 50_000;
const shapedByFont = new WeakMap<Font, Map<string, ShapedGlyph[]>>();

const DEVANAGARI = /[\u0900-\u097f\ua8e0-\ua8ff\u1cd0-\u1cff]/;

/**
 * Latin runs are shaped without glyph composition (ccmp): Noto Sans would otherwise draw "ị"
 * as i + combining dot below, and the shared "i" glyph then extracts as plain "i". NFC text
 * has a precomposed glyph for every Vietnamese letter. Devanagari needs ccmp, so keeps it.
 */
const LATIN_FEATURES: Record<string, boolean> = { ccmp: false };

function featuresFor(run: string): Record<string, boolean> | undefined {
  return DEVANAGARI.test(run) ? undefined : LATIN_FEATURES;
}

// pdfkit hands `features` to fontkit's layout, which takes a tag → on/off map; pdfkit's typings
// only declare the list form, which can switch features on but not off.
function pdfFeatures(features: Record<string, boolean> | undefined): TextOptions['features'] {
  return features as unknown as TextOptions['features'];
}

/** The glyphs of `word`, shaped once per font, features and word. */
function shape(font: Font, word: string, features: Record<string, boolean> | undefined): ShapedGlyph[] {
  let cache = shapedByFont.get(font);
  if (!cache) {
    cache = new Map();
    shapedByFont.set(font, cache);
  }
  const key = `${features ? 'latin' : 'complex'}\u0000${word}`;
  let glyphs = cache.get(key);
  if (!glyphs) {
    glyphs = font
      .layout(word, features)
      .glyphs.map((glyph) => ({ id: glyph.id, text: String.fromCodePoint(...glyph.codePoints) }));
    if (cache.size >= MAX_SHAPED) cache.clear();
    cache.set(key, glyphs);
  }
  return glyphs;
}

/**
 * Draws text so it both looks and extracts right. Two problems are handled here:
 * - fontkit shapes a whole string in the script of its first letter, so text is drawn in
 *   per-script runs (see scriptRuns) to keep Devanagari conjuncts and vowel signs;
 * - the PDF maps each glyph back to one text, the first it was drawn for, so a glyph drawn for
 *   other text (a reordered Devanagari vowel sign, "ị" drawn as i + dot below) would extract
 *   wrongly. Exactly those words get an ActualText span carrying their real text.
 */
export function createPdfTextWriter(doc: Doc, faces: readonly PdfFontFace[]): PdfTextWriter {
  const byName = new Map<string, Face>(
    faces.map((face) => [
      face.name,
      {
        name: face.name,
        data: face.data,
        fallback: face.fallback,
        font: openFont(face.data),
        unicode: new Map(),
        checked: new Map(),
        needsFallback: new Map(),
      },
    ]),
  );
  let current: Face | undefined;
  let size = 0;

  function needsActualText(
    face: Face | undefined,
    word: string,
    features: Record<string, boolean> | undefined,
  ): boolean {
    if (!face) return false;
    const visible = word.trimEnd();
    if (visible.length === 0) return false;
    const key = `${features ? 'latin' : 'complex'}\u0000${visible}`;
    const known = face.checked.get(key);
    if (known !== undefined) return known;
    let mapped = '';
    for (const glyph of shape(face.font, visible, features)) {
      let text = face.unicode.get(glyph.id);
      if (text === undefined) {
        text = glyph.text;
        face.unicode.set(glyph.id, text);
      }
      mapped += text;
    }
    const needs = mapped !== visible;
    face.checked.set(key, needs);
    return needs;
  }

  /**
   * Splits a run where the current face lacks glyphs its fallback has: "A → B" becomes "A ",
   * "→" (fallback) and " B", so no character prints as a missing-glyph box.
   */
  function coverageRuns(run: string): { text: string; face: Face | undefined }[] {
    const fallback = current?.fallback ? byName.get(current.fallback) : undefined;
    if (!current || !fallback) return [{ text: run, face: undefined }];
    // Most text is Latin-1 (which Noto covers): no per-character look-up for it.
    if (!/[^ -\u00ff]/.test(run)) return [{ text: run, face: undefined }];
    const primary = current;
    const result: { text: string; face: Face | undefined }[] = [];
    for (const char of run) {
      const code = char.codePointAt(0) as number;
      let drawnByFallback = primary.needsFallback.get(code);
      if (drawnByFallback === undefined) {
        drawnByFallback =
          !primary.font.hasGlyphForCodePoint(code) && fallback.font.hasGlyphForCodePoint(code);
        primary.needsFallback.set(code, drawnByFallback);
      }
      const face = drawnByFallback ? fallback : undefined;
      const last = result[result.length - 1];
      if (last && last.face === face) last.text += char;
      else result.push({ text: char, face });
    }
    return result;
  }

  /** Splits a line into pieces to draw: plain stretches, and single words needing ActualText. */
  function pieces(line: string): Piece[] {
    const result: Piece[] = [];
    for (const run of scriptRuns(line)) {
      const features = featuresFor(run);
      for (const covered of coverageRuns(run)) {
        for (const word of covered.text.match(/\s*\S+\s*|\s+/g) ?? []) {
          const actual = needsActualText(covered.face ?? current, word, features);
          const last = result[result.length - 1];
          if (!actual && last && !last.actual && last.features === features && last.face === covered.face)
            last.text += word;
          else result.push({ text: word, face: covered.face, actual, features });
        }
      }
    }
    return result.length > 0
      ? result
      : [{ text: ' ', face: undefined, actual: false, features: LATIN_FEATURES }];
  }

  function drawLines(text: string, options: TextOptions, start?: { x: number; y: number }): void {
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    let first = true;
    lines.forEach((line, lineIndex) => {
      const parts = pieces(line);
      parts.forEach((part, i) => {
        const lastOfText = lineIndex === lines.length - 1 && i === parts.length - 1;
        // A line's last piece ends the line; the text's last piece keeps the caller's choice.
        const continued = lastOfText ? (options.continued ?? false) : i < parts.length - 1;
        const partOptions: TextOptions = { ...options, continued, features: pdfFeatures(part.features) };
        // pdfkit puts text's top at y, by each font's own ascender: the fallback face would then
        // sit higher than the text around it. Its baseline is set to the current face's instead.
        if (part.face && current)
          partOptions.baseline = -((current.font.ascent / current.font.unitsPerEm) * size);
        const draw = (): void => {
          const other = part.face && current ? { face: part.face, back: current } : null;
          if (other) select(other.face);
          if (first && start) doc.text(part.text, start.x, start.y, partOptions);
          else doc.text(part.text, partOptions);
          if (other) select(other.back);
          first = false;
        };
        if (!part.actual) {
          draw();
          return;
        }
        doc.markContent('Span', { actual: part.text });
        draw();
        doc.endMarkedContent();
      });
    });
  }

  /** Switches pdfkit's font, keeping the size; `current` stays the caller's choice. */
  function select(face: Face): void {
    doc.font(face.name);
    cachePdfkitLayout(doc, face.data);
  }

  return {
    font(name, fontSize) {
      const face = byName.get(name);
      if (!face) throw new Error(`unknown export font ${name}`);
      current = face;
      size = fontSize;
      doc.font(name).fontSize(fontSize);
      cachePdfkitLayout(doc, face.data);
    },
    write(text, options = {}) {
      drawLines(text, options);
    },
    writeAt(text, x, y, options = {}) {
      drawLines(text, options, { x, y });
    },
  };
}
