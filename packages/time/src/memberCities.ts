import { formatInZone, formatIsoInZone } from './formatInZone.ts';
import { zonedParts } from './zonedParts.ts';

/** The IANA zone of each member city of the exchange. */
export const MEMBER_CITY_ZONES: Readonly<Record<string, string>> = {
  Ghent: 'Europe/Brussels',
  Huế: 'Asia/Ho_Chi_Minh',
  Tiruppur: 'Asia/Kolkata',
};

export interface CityTime {
  city: string;
  timeZone: string;
  /** ISO-8601 local time with offset. */
  iso: string;
  /** Readable local time in the requested locale. */
  label: string;
  offsetMinutes: number;
}

/** One instant as each city sees it, e.g. a session start shown to Ghent, Huế and Tiruppur. */
export function showInCities(
  instant: Date | string | number,
  cities: Readonly<Record<string, string>> = MEMBER_CITY_ZONES,
  locale = 'en-GB',
): CityTime[] {
  return Object.entries(cities).map(([city, timeZone]) => ({
    city,
    timeZone,
    iso: formatIsoInZone(instant, timeZone),
    label: formatInZone(instant, timeZone, locale),
    offsetMinutes: zonedParts(instant, timeZone).offsetMinutes,
  }));
}
