/** Measures a string's width in the current font. */
export type MeasureText = (text: string) => number;

/**
 * Wraps text into lines no wider than `maxWidth`, breaking at spaces and, for words longer than a
 * line, between characters (grapheme-safe for Vietnamese and Devanagari via Intl.Segmenter).
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureText, maxLines = 200): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const token of paragraph.split(/(\s+)/)) {
      if (token.length === 0) continue;
      if (measure(line + token) <= maxWidth) {
        line += token;
        continue;
      }
      const isSpace = token.trim().length === 0;
      if (line.trim().length > 0) lines.push(line.trimEnd());
      line = '';
      if (isSpace) continue;
      if (measure(token) <= maxWidth) {
        line = token;
        continue;
      }
      // A single word wider than the line: break it between graphemes.
      for (const g of graphemes(token)) {
        if (line.length > 0 && measure(line + g) > maxWidth) {
          lines.push(line);
          line = '';
        }
        line += g;
      }
    }
    lines.push(line.trimEnd());
    if (lines.length >= maxLines) return lines.slice(0, maxLines);
  }
  return lines;
}

function graphemes(text: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    return Array.from(
      new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
      (s) => s.segment,
    );
  }
  return Array.from(text);
}

export const FONT_FAMILY = 'system-ui, "Noto Sans", "Noto Sans Devanagari", "Segoe UI", sans-serif';

export function fontSizeFor(type: string): number {
  return type === 'text' ? 24 : 20;
}
