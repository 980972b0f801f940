import { describe, expect, it } from 'vitest';
import { sessionToIcs } from './sessionToIcs.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('sessionToIcs', () => {
  const ics = sessionToIcs({
    uid: 'session-42@weft.example',
    title: 'Trao đổi Ghent – Huế: chuỗi giá trị dệt may bền vững, phiên 3; kế hoạch hành động',
    start: '2026-03-29T07:00:00Z',
    durationMinutes: 90,
    description: 'Agenda:\n1. Recycled fibre, Tiruppur\n2. Sign-off; export C:\\plans',
    url: 'https://weft.example/w/ghent-hue/sessions/42',
    stamp: '2026-03-01T10:00:00Z',
  });

  it('uses CRLF line endings and folds every line within 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });

  it('writes DTSTART/DTEND in UTC with Z and escapes text', () => {
    const lines = unfold(ics).split('\r\n');
    expect(lines).toContain('DTSTART:20260329T070000Z');
    expect(lines).toContain('DTEND:20260329T083000Z');
    expect(lines).toContain('DTSTAMP:20260301T100000Z');
    expect(lines).toContain(
      'SUMMARY:Trao đổi Ghent – Huế: chuỗi giá trị dệt may bền vững\\, phiên 3\\; kế hoạch hành động',
    );
    expect(lines).toContain(
      'DESCRIPTION:Agenda:\\n1. Recycled fibre\\, Tiruppur\\n2. Sign-off\\; export C:\\\\plans',
    );
    expect(lines).toContain('URL:https://weft.example/w/ghent-hue/sessions/42');
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines).toContain('UID:session-42@weft.example');
  });

  it('never splits a multi-byte character when folding', () => {
    const title = 'प्रिया'.repeat(30);
    const out = sessionToIcs({ uid: 'u', title, start: '2026-10-25T01:00:00Z', durationMinutes: 30 });
    const summary = unfold(out)
      .split('\r\n')
      .find((l) => l.startsWith('SUMMARY:'));
    expect(summary).toBe(`SUMMARY:${title}`);
    expect(out).not.toContain('\uFFFD');
  });

  it('rejects bad durations and URLs', () => {
    const base = { uid: 'u', title: 't', start: '2026-01-01T00:00:00Z' };
    expect(() => sessionToIcs({ ...base, durationMinutes: 0 })).toThrow(RangeError);
    expect(() => sessionToIcs({ ...base, durationMinutes: 30, url: 'https://x\r\nATTACH:evil' })).toThrow(
      RangeError,
    );
    expect(() => sessionToIcs({ ...base, start: 'tomorrow', durationMinutes: 30 })).toThrow(RangeError);
  });
});
