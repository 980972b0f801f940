import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { formatMarker, scanMarkers } from './markers.ts';

function scan(bytes: Buffer): [number, number][] {
  const found: [number, number][] = [];
  scanMarkers(bytes, (writer, seq) => found.push([writer, seq]));
  return found;
}

describe('scanMarkers', () => {
  it('finds back-to-back markers and skips text that only looks like one', () => {
    const text = `x${formatMarker(0, 1)}${formatMarker(0, 2)}§§3.§§.4§§12§ ${formatMarker(3, 45678)}§`;
    expect(scan(Buffer.from(text, 'utf8'))).toEqual([
      [0, 1],
      [0, 2],
      [3, 45678],
    ]);
  });

  it('finds nothing in bytes without a marker, including a lone § at the very end', () => {
    expect(scan(Buffer.from('plain text §', 'utf8'))).toEqual([]);
    expect(scan(Buffer.from([0xc2]))).toEqual([]);
  });

  it('finds every marker inside a merged Yjs update', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    const text = doc.getText('bench');
    for (let seq = 0; seq < 5; seq++) text.insert(text.length, formatMarker(7, seq));
    const merged = Y.mergeUpdates(updates);
    expect(scan(Buffer.from(merged))).toEqual([0, 1, 2, 3, 4].map((seq) => [7, seq]));
  });
});
