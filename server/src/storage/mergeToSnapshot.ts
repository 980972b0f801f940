import * as Y from 'yjs';

/**
 * Folds a snapshot and updates into one update. Going through a Y.Doc (rather than
 * Y.mergeUpdates) lets Yjs garbage-collect deleted content, so snapshots stay small.
 */
export function mergeToSnapshot(parts: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.transact(doc, () => {
      for (const part of parts) Y.applyUpdate(doc, part);
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
