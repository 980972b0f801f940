import { create, type Font } from 'fontkit';
import { scriptRuns } from './scriptRuns.ts';

type Doc = PDFKit.PDFDocument;
type TextOptions = PDFKit.Mixins.TextOptions;

export interface PdfFontFace {
  /** Name registered with `doc.registerFont`. */
  name: string;
  data: Buffer;
}

export interface PdfTextWriter {
  /** Selects a registered face for the following writes. */
  font(name: string, size: number): void;
  /** Writes at the current position; `\n` starts a new line. */
  write(text: string, options?: TextOptions): void;
  writeAt(text: string, x: number, y: number, options?: TextOptions): void;
}

interface Face {
  font: Font;
  /** The text pdfkit's ToUnicode map will give each glyph: the first text it was drawn for. */
  unicode: Map<number, string>;
}

function openFont(data: Buffer): Font {
  const font = create(data);
  if (!('layout' in font)) throw new Error('export font must be a single font, not a collection');
  return font;
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
    faces.map((face) => [face.name, { font: openFont(face.data), unicode: new Map() }]),
  );
  let current: Face | undefined;

  function needsActualText(word: string): boolean {
    if (!current) return false;
    const visible = word.trimEnd();
    if (visible.length === 0) return false;
    let mapped = '';
    for (const glyph of current.font.layout(visible).glyphs) {
      let text = current.unicode.get(glyph.id);
      if (text === undefined) {
        text = String.fromCodePoint(...glyph.codePoints);
        current.unicode.set(glyph.id, text);
      }
      mapped += text;
    }
    return mapped !== visible;
  }

  /** Splits a line into pieces to draw: plain stretches, and single words needing ActualText. */
  function pieces(line: string): { text: string; actual: boolean }[] {
    const result: { text: string; actual: boolean }[] = [];
    for (const run of scriptRuns(line)) {
      for (const word of run.match(/\s*\S+\s*|\s+/g) ?? []) {
        const actual = needsActualText(word);
        const last = result[result.length - 1];
        if (!actual && last && !last.actual) last.text += word;
        else result.push({ text: word, actual });
      }
    }
    return result.length > 0 ? result : [{ text: ' ', actual: false }];
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
        const draw = (): void => {
          if (first && start) doc.text(part.text, start.x, start.y, { ...options, continued });
          else doc.text(part.text, { ...options, continued });
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

  return {
    font(name, size) {
      const face = byName.get(name);
      if (!face) throw new Error(`unknown export font ${name}`);
      current = face;
      doc.font(name).fontSize(size);
    },
    write(text, options = {}) {
      drawLines(text, options);
    },
    writeAt(text, x, y, options = {}) {
      drawLines(text, options, { x, y });
    },
  };
}
