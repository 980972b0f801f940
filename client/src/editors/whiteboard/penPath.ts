import getStroke from 'perfect-freehand';
import { PEN_SIZE } from './hitTest.ts';

/** Outline polygon of a pen stroke (points relative to the shape), via perfect-freehand. */
export function penOutline(points: readonly number[], complete = true): number[][] {
  const input: number[][] = [];
  for (let i = 0; i + 1 < points.length; i += 2) input.push([points[i] as number, points[i + 1] as number]);
  return getStroke(input, { size: PEN_SIZE, thinning: 0.5, smoothing: 0.5, streamline: 0.5, last: complete });
}

/** SVG path data for a closed outline (quadratic curves through midpoints, as perfect-freehand suggests). */
export function outlineToSvgPath(outline: readonly number[][]): string {
  if (outline.length < 2) return '';
  const fmt = (n: number) => Math.round(n * 100) / 100;
  const first = outline[0] as number[];
  let d = `M${fmt(first[0] as number)} ${fmt(first[1] as number)} Q`;
  for (let i = 0; i < outline.length; i++) {
    const [x0, y0] = outline[i] as number[];
    const [x1, y1] = outline[(i + 1) % outline.length] as number[];
    d += ` ${fmt(x0 as number)} ${fmt(y0 as number)} ${fmt(((x0 as number) + (x1 as number)) / 2)} ${fmt(((y0 as number) + (y1 as number)) / 2)}`;
  }
  return `${d} Z`;
}
