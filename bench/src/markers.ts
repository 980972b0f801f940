// Writers insert `§<writer>.<seq>§`; Yjs stores strings as UTF-8, so markers are findable in raw frames.
const SECTION = Buffer.from('§', 'utf8');
// Two bytes in UTF-8 (C2 A7), which isSectionAt relies on.
const SECTION_LENGTH = SECTION.length;
const DOT = 0x2e;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
// Bounds the digits read so a corrupt frame cannot produce unsafe integers.
const MAX_DIGITS = 9;

export function formatMarker(writer: number, seq: number): string {
  return `§${writer}.${seq}§`;
}

/**
 * Calls `found` for every well-formed marker in `bytes`, in order. Merged updates may hold several
 * markers back to back (`§0.1§§0.2§`); anything that is not a whole marker is skipped.
 */
export function scanMarkers(bytes: Buffer, found: (writer: number, seq: number) => void): void {
  let from = 0;
  for (;;) {
    const start = bytes.indexOf(SECTION, from);
    if (start < 0) return;
    let pos = start + SECTION_LENGTH;
    const writer = readNumber(bytes, pos);
    if (writer && bytes[writer.end] === DOT) {
      pos = writer.end + 1;
      const seq = readNumber(bytes, pos);
      if (seq && isSectionAt(bytes, seq.end)) {
        found(writer.value, seq.value);
        from = seq.end + SECTION_LENGTH;
        continue;
      }
    }
    // Not a marker: its closing § may open the next one, so resume right after this opening §.
    from = start + SECTION_LENGTH;
  }
}

function isSectionAt(bytes: Buffer, pos: number): boolean {
  return bytes[pos] === SECTION[0] && bytes[pos + 1] === SECTION[1];
}

function readNumber(bytes: Buffer, start: number): { value: number; end: number } | null {
  let value = 0;
  let pos = start;
  while (pos < bytes.length && pos - start < MAX_DIGITS) {
    const c = bytes[pos] as number;
    if (c < DIGIT_0 || c > DIGIT_9) break;
    value = value * 10 + (c - DIGIT_0);
    pos++;
  }
  return pos === start ? null : { value, end: pos };
}
