import { randomUUID } from 'node:crypto';
import type { CityInput } from '@weft/protocol';
import { cityKey, guessTimeZone } from '@weft/time';
import type { CityRecord } from '../storage/WorkspaceStore.ts';
import { invalid } from './errors.ts';

/** Reasons the workspace endpoints give in `error.details.reason`. */
export const CityErrorReason = {
  /** A removed city is still represented by a member or named by an open invite (409). */
  cityInUse: 'city_in_use',
  /** A member or invite named a city the workspace does not have (400). */
  unknownCity: 'unknown_city',
} as const;

/**
 * The new city list from what a client sent, against the current one. A string is a city of that
 * name (zone guessed); an object with `id` updates that city; without `id`, a city whose name
 * matches (ignoring case and diacritics) keeps its identity, so resending names never recreates cities.
 */
export function resolveCities(
  input: readonly (string | CityInput)[],
  current: readonly CityRecord[],
): CityRecord[] {
  const byId = new Map(current.map((c) => [c.id, c]));
  const byKey = new Map(current.map((c) => [cityKey(c.name), c]));
  const seen = new Set<string>();
  const out: CityRecord[] = [];
  for (const [index, raw] of input.entries()) {
    const item: CityInput = typeof raw === 'string' ? { name: raw, timeZone: '' } : raw;
    const key = cityKey(item.name);
    if (seen.has(key)) {
      throw invalid(`The city ${item.name} is listed twice`, [
        { path: `cities.${index}`, message: 'duplicate city name' },
      ]);
    }
    seen.add(key);
    const existing = item.id !== undefined ? byId.get(item.id) : byKey.get(key);
    if (item.id !== undefined && !existing) {
      throw invalid(`No city with id ${item.id} in this workspace`, [
        { path: `cities.${index}.id`, message: 'unknown city id' },
      ]);
    }
    const plain = typeof raw === 'string';
    out.push({
      id: existing?.id ?? randomUUID(),
      name: item.name,
      timeZone: plain ? (existing?.timeZone ?? guessTimeZone(item.name)) : item.timeZone,
      country: plain ? (existing?.country ?? null) : (item.country ?? null),
      colour: plain ? (existing?.colour ?? null) : (item.colour ?? null),
    });
  }
  return out;
}

/** The workspace city `ref` names: its id, or its name ignoring case and diacritics. */
export function findCity(cities: readonly CityRecord[], ref: string): CityRecord | null {
  const key = cityKey(ref);
  return cities.find((c) => c.id === ref) ?? cities.find((c) => cityKey(c.name) === key) ?? null;
}

/** Like `findCity`, but a 400 naming `path` when the workspace has no such city. */
export function requireCity(cities: readonly CityRecord[], ref: string, path: string): CityRecord {
  const city = findCity(cities, ref);
  if (!city) {
    throw invalid(`This workspace has no city ${ref}`, [
      { path, message: `one of: ${cities.map((c) => c.name).join(', ') || 'no cities yet'}` },
    ]);
  }
  return city;
}
