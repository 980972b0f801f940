import { MEMBER_CITY_ZONES } from '@weft/time';
import { normalizeCity } from '../collab/userColor.ts';

const byKey = new Map(
  Object.entries(MEMBER_CITY_ZONES).map(([city, zone]) => [normalizeCity(city), { city, zone }]),
);

/**
 * The member cities with a known time zone, named as `MEMBER_CITY_ZONES` names them, in the order
 * first mentioned ("Hue" and "Huế" are one city). Cities without a known zone are left out.
 */
export function memberCityZones(cities: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const city of cities) {
    const known = byKey.get(normalizeCity(city));
    if (known) out[known.city] = known.zone;
  }
  return out;
}
