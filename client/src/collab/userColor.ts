import { contrastRatio } from '../lib/contrastRatio.ts';

// Hues far apart for the cities of an exchange, so a glance tells which team a caret belongs to.
const CITY_HUES: Record<string, number> = {
  ghent: 212, // blue
  gent: 212,
  hue: 338, // magenta
  'thua thien hue': 338,
  'ho chi minh city': 28, // orange
  hanoi: 150, // green
  'da nang': 268, // violet
  delhi: 48, // amber
  'new delhi': 48,
};

/** Lower-case, accents removed: "Huế" and "hue" name the same city. */
export function normalizeCity(city: string): string {
  return city
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/gi, 'd')
    .trim()
    .toLowerCase();
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** The hue shared by everyone of a city; unknown cities get a stable hue of their own. */
export function cityHue(city: string): number {
  const key = normalizeCity(city);
  if (!key) return 200;
  return CITY_HUES[key] ?? hash(key) % 360;
}

/** `#rrggbb` for an HSL colour (h in degrees, s and l in percent). */
export function hslToHex(h: number, s: number, l: number): string {
  const sat = s / 100;
  const light = l / 100;
  const a = sat * Math.min(light, 1 - light);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    const value = light - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/** The hue (degrees) of a `#rrggbb` colour. */
export function hexHue(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

/**
 * A person's colour: the city's hue, with a per-user shade (lightness and saturation) so two
 * people of one city still differ. Dark enough for white label text (WCAG AA for small text).
 * Hex, because the collaboration caret plugin only understands `#rrggbb`.
 */
export function userColor(city: string, userId: string): string {
  const h = hash(userId);
  const saturation = 55 + ((h >> 3) % 4) * 10; // 55..85 %
  // Yellows and greens are bright at the same lightness: darker until white text reads (4.5:1).
  for (let lightness = 30 + (h % 4) * 4; ; lightness -= 3) {
    const hex = hslToHex(cityHue(city), saturation, lightness);
    if (lightness <= 12 || contrastRatio(hex, '#ffffff') >= 4.5) return hex;
  }
}
