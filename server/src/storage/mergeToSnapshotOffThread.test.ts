import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergeToSnapshot } from './mergeToSnapshot.ts';
import { mergeToSnapshotOffThread } from './mergeToSnapshotOffThread.ts';

function largeHistory(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  const text = doc.getText('t');
  for (let i = 0; i < 150; i++) text.insert(text.length, `đoạn ${i} ${'x'.repeat(8000)}\n`);
  text.delete(0, 20_000);
  return updates;
}

describe('mergeToSnapshotOffThread', () => {
  it('gives the same snapshot as the in-thread merge, while the event loop keeps turning', async () => {
    const parts = largeHistory();
    const expected = mergeToSnapshot(parts);
    let turns = 0;
    let spinning = true;
    const spin = () => {
      turns++;
      if (spinning) setImmediate(spin);
    };
    setImmediate(spin);
    const merged = await mergeToSnapshotOffThread(parts, 0);
    spinning = false;
    const a = new Y.Doc();
    const b = new Y.Doc();
    Y.applyUpdate(a, merged);
    Y.applyUpdate(b, expected);
    expect(a.getText('t').toString()).toBe(b.getText('t').toString());
    expect(a.getText('t').length).toBeGreaterThan(1_000_000);
    // Starting the thread and merging take several loop turns; an in-thread merge takes none.
    expect(turns).toBeGreaterThan(3);
  });

  it('merges small documents in the thread', async () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'Huế');
    const merged = await mergeToSnapshotOffThread([Y.encodeStateAsUpdate(doc)]);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, merged);
    expect(copy.getText('t').toString()).toBe('Huế');
  });
});
