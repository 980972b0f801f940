import { z } from 'zod';

/** An ISO-8601 UTC timestamp as the API sends it. */
export const isoDateSchema = z.iso.datetime();

/** True when `zone` is an IANA time zone this runtime knows (constructing a formatter throws otherwise). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isTimeZone, { message: 'timeZone must be an IANA time zone such as Europe/Brussels' });

export { checked, lineSchema, multilineSchema, optionalLineSchema, textProblem } from './textRules.ts';
