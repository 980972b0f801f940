import { toInstant } from './zonedParts.ts';

export interface IcsSession {
  /** Globally unique and stable, so calendar apps update rather than duplicate the event. */
  uid: string;
  title: string;
  start: Date | string;
  durationMinutes: number;
  description?: string;
  url?: string;
  /** Where it happens: for an online session, its video-call link. */
  location?: string;
  /** DTSTAMP; defaults to now. */
  stamp?: Date | string;
}

const encoder = new TextEncoder();

/** RFC 5545 TEXT escaping: backslash, semicolon, comma and newlines. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into lines of at most 75 octets without splitting a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (octets + size > 75) {
      out.push(current);
      current = ` ${ch}`;
      octets = 1 + size;
    } else {
      current += ch;
      octets += size;
    }
  }
  out.push(current);
  return out.join('\r\n');
}

function utcStamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** One session as an iCalendar file (RFC 5545): CRLF lines, folded at 75 octets, times in UTC. */
export function sessionToIcs(session: IcsSession): string {
  if (!Number.isInteger(session.durationMinutes) || session.durationMinutes <= 0) {
    throw new RangeError('durationMinutes must be a positive integer');
  }
  if (session.url !== undefined && !/^https?:\/\/[^\s"<>\\^`{|}]+$/.test(session.url)) {
    throw new RangeError('url must be an absolute http(s) URL without spaces');
  }
  const start = toInstant(session.start);
  const end = new Date(start.getTime() + session.durationMinutes * 60_000);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Weft//Exchange sessions//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(session.uid)}`,
    `DTSTAMP:${utcStamp(toInstant(session.stamp ?? new Date()))}`,
    `DTSTART:${utcStamp(start)}`,
    `DTEND:${utcStamp(end)}`,
    `SUMMARY:${escapeIcsText(session.title)}`,
    ...(session.description ? [`DESCRIPTION:${escapeIcsText(session.description)}`] : []),
    ...(session.url ? [`URL:${session.url}`] : []),
    ...(session.location ? [`LOCATION:${escapeIcsText(session.location)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
