/** Sticky-note colours: each city gets its own so a board shows at a glance who said what. */
export const STICKY_PALETTE = [
  '#ffd166',
  '#8ecae6',
  '#b5e48c',
  '#ffadad',
  '#cdb4db',
  '#ffc6a5',
  '#a0e7e5',
] as const;

const KNOWN: Record<string, string> = {
  ghent: '#ffd166',
  gent: '#ffd166',
  gand: '#ffd166',
};

function normalise(city: string): string {
  return city.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').trim().toLowerCase();
}

/** A stable colour for a city name (diacritics and case ignored); Ghent is always yellow. */
export function cityColour(city: string): string {
  const key = normalise(city);
  const known = KNOWN[key];
  if (known) return known;
  if (key.length === 0) return STICKY_PALETTE[0];
  let hash = 0;
  for (const ch of key) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  // Skip Ghent's yellow so a partner city never looks like Ghent.
  return STICKY_PALETTE[1 + (hash % (STICKY_PALETTE.length - 1))] as string;
}

/** Colours offered in the toolbar for shapes and strokes. */
export const STROKE_PALETTE = ['#1f2933', '#d62828', '#f77f00', '#2a9d8f', '#1d4ed8', '#7b2cbf'] as const;
