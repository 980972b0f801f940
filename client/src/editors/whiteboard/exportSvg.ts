import type { Box, ShapeLookup, ShapeSnapshot } from '@weft/model';
import { resolveConnector } from '@weft/model';
import { outlineToSvgPath, penOutline } from './penPath.ts';
import type { MeasureText } from './textLayout.ts';
import { FONT_FAMILY, fontSizeFor, wrapText } from './textLayout.ts';
import { voteBadgesSvg } from './voting/voteBadgeGeometry.ts';

const INK = '#1f2933';
const PADDING = 14;

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const r = (n: number) => Math.round(n * 100) / 100;

/** Rough width when no canvas is at hand: half the font size per character. */
export const approximateMeasure =
  (size: number): MeasureText =>
  (text) =>
    Array.from(text).length * size * 0.55;

function textSvg(shape: ShapeSnapshot, colour: string, measureFor: (size: number) => MeasureText): string {
  if (!shape.text) return '';
  const size = fontSizeFor(shape.type);
  const lines = wrapText(shape.text, Math.max(1, shape.w - PADDING * 2), measureFor(size));
  const centred = shape.type === 'rect' || shape.type === 'ellipse';
  const lh = size * 1.3;
  const x = centred ? shape.x + shape.w / 2 : shape.x + (shape.type === 'text' ? 0 : PADDING);
  const top = centred
    ? shape.y + (shape.h - lines.length * lh) / 2
    : shape.y + (shape.type === 'text' ? 0 : PADDING);
  const tspans = lines
    .map((line, i) => `<tspan x="${r(x)}" y="${r(top + i * lh)}">${esc(line)}</tspan>`)
    .join('');
  return `<text font-family='${FONT_FAMILY}' font-size="${size}" fill="${esc(colour)}" dominant-baseline="hanging"${centred ? ' text-anchor="middle"' : ''}>${tspans}</text>`;
}

function shapeSvg(
  shape: ShapeSnapshot,
  lookup: ShapeLookup,
  measureFor: (size: number) => MeasureText,
): string {
  const c = esc(shape.colour);
  if (shape.type === 'arrow') {
    const { start, end } = resolveConnector(shape, lookup);
    return `<line x1="${r(start.x)}" y1="${r(start.y)}" x2="${r(end.x)}" y2="${r(end.y)}" stroke="${c}" stroke-width="2.5" marker-end="url(#weft-arrow)" style="color:${c}"/>`;
  }
  let body = '';
  switch (shape.type) {
    case 'sticky':
      body = `<rect x="${r(shape.x)}" y="${r(shape.y)}" width="${r(shape.w)}" height="${r(shape.h)}" fill="${c}"/>${textSvg(shape, INK, measureFor)}`;
      break;
    case 'rect':
      body = `<rect x="${r(shape.x)}" y="${r(shape.y)}" width="${r(shape.w)}" height="${r(shape.h)}" fill="#ffffff" stroke="${c}" stroke-width="2"/>${textSvg(shape, INK, measureFor)}`;
      break;
    case 'ellipse':
      body = `<ellipse cx="${r(shape.x + shape.w / 2)}" cy="${r(shape.y + shape.h / 2)}" rx="${r(shape.w / 2)}" ry="${r(shape.h / 2)}" fill="#ffffff" stroke="${c}" stroke-width="2"/>${textSvg(shape, INK, measureFor)}`;
      break;
    case 'text':
      body = textSvg(shape, shape.colour, measureFor);
      break;
    case 'image':
      // The file's address on this Weft server; readers of the export need access to the workspace.
      body = `<rect x="${r(shape.x)}" y="${r(shape.y)}" width="${r(shape.w)}" height="${r(shape.h)}" fill="#e4e7eb"/><image href="/api/files/${esc(shape.fileId ?? '')}" x="${r(shape.x)}" y="${r(shape.y)}" width="${r(shape.w)}" height="${r(shape.h)}" preserveAspectRatio="xMidYMid meet"><title>${esc(shape.text)}</title></image>`;
      break;
    case 'pen':
      body = `<path transform="translate(${r(shape.x)} ${r(shape.y)})" d="${outlineToSvgPath(penOutline(shape.points))}" fill="${c}"/>`;
      break;
  }
  if (shape.rotation === 0) return body;
  const deg = r((shape.rotation * 180) / Math.PI);
  return `<g transform="rotate(${deg} ${r(shape.x + shape.w / 2)} ${r(shape.y + shape.h / 2)})">${body}</g>`;
}

/** A standalone SVG document of `shapes` (back to front) framed by `bounds` plus a margin. */
export function boardToSvg(
  shapes: readonly ShapeSnapshot[],
  lookup: ShapeLookup,
  bounds: Box,
  measureFor: (size: number) => MeasureText = approximateMeasure,
  margin = 24,
  /** Dot-vote counts per sticky, drawn as badges on their corners. */
  voteCounts?: ReadonlyMap<string, number>,
): string {
  const x = bounds.x - margin;
  const y = bounds.y - margin;
  const w = bounds.w + margin * 2;
  const h = bounds.h + margin * 2;
  const defs =
    '<defs><marker id="weft-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="context-stroke"/></marker></defs>';
  const body = [
    ...shapes.map((s) => shapeSvg(s, lookup, measureFor)),
    ...(voteCounts && voteCounts.size > 0 ? [voteBadgesSvg(shapes, voteCounts)] : []),
  ].join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${r(x)} ${r(y)} ${r(w)} ${r(h)}" width="${r(w)}" height="${r(h)}">${defs}<rect x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" fill="#ffffff"/>\n${body}\n</svg>`;
}
