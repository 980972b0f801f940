import type { Box } from '@weft/model';

/** Where a sticky's vote count sits: a disc in its top-left corner, inset, in board units. */
export function voteBadgeDisc(shape: Box): { cx: number; cy: number; r: number } {
  const r = Math.max(10, Math.min(18, Math.min(shape.w, shape.h) / 8));
  return { cx: shape.x + r + 6, cy: shape.y + r + 6, r };
}

export const VOTE_BADGE_FILL = '#7c2d12';
export const VOTE_BADGE_INK = '#ffffff';

/** The counts as SVG, one disc and number per counted sticky (drawn above the shapes). */
export function voteBadgesSvg(
  shapes: readonly (Box & { id: string })[],
  counts: ReadonlyMap<string, number>,
): string {
  return shapes
    .filter((s) => (counts.get(s.id) ?? 0) > 0)
    .map((s) => {
      const { cx, cy, r } = voteBadgeDisc(s);
      const n = counts.get(s.id) ?? 0;
      return `<g data-vote-count="${n}"><circle cx="${cx}" cy="${cy}" r="${r}" fill="${VOTE_BADGE_FILL}"/><text x="${cx}" y="${cy}" font-family="system-ui, sans-serif" font-size="${Math.round(r * 1.1)}" font-weight="700" fill="${VOTE_BADGE_INK}" text-anchor="middle" dominant-baseline="central">${n}</text></g>`;
    })
    .join('\n');
}

/** The same discs on a 2D context already transformed to board coordinates. */
export function drawVoteBadges(
  ctx: CanvasRenderingContext2D,
  shapes: readonly (Box & { id: string })[],
  counts: ReadonlyMap<string, number>,
): void {
  for (const s of shapes) {
    const n = counts.get(s.id) ?? 0;
    if (n <= 0) continue;
    const { cx, cy, r } = voteBadgeDisc(s);
    ctx.beginPath();
    ctx.arc(cx, cy, r, 0, Math.PI * 2);
    ctx.fillStyle = VOTE_BADGE_FILL;
    ctx.fill();
    ctx.fillStyle = VOTE_BADGE_INK;
    ctx.font = `700 ${Math.round(r * 1.1)}px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(String(n), cx, cy);
  }
}
