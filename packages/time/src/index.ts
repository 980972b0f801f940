export { formatInZone, formatIsoInZone } from './formatInZone.ts';
export { cityKey, guessTimeZone } from './knownCityZones.ts';
export { type CityTime, MEMBER_CITY_ZONES, showInCities } from './memberCities.ts';
export { escapeIcsText, foldIcsLine, type IcsSession, sessionToIcs } from './sessionToIcs.ts';
export {
  type OverlapInterval,
  type OverlapSuggestion,
  suggestOverlap,
  type WorkingHours,
} from './suggestOverlap.ts';
export { toInstant, type ZonedParts, zonedParts } from './zonedParts.ts';
export { parseDate, zonedTimeToUtc } from './zonedTimeToUtc.ts';
