import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type TextDeltaOp, transformIndex } from './transformIndex.ts';

/** Applies `change` to a Y.Text holding `text` and returns the delta a remote observer sees. */
function deltaOf(text: string, change: (t: Y.Text) => void): TextDeltaOp[] {
  const doc = new Y.Doc();
  const ytext = doc.getText('t');
  ytext.insert(0, text);
  let delta: TextDeltaOp[] = [];
  ytext.observe((event) => {
    delta = event.delta as TextDeltaOp[];
  });
  change(ytext);
  return delta;
}

describe('transformIndex', () => {
  it('shifts the caret by text inserted before it and not by text after it', () => {
    const delta = deltaOf('Huế dệt may', (t) => t.insert(0, 'Ở '));
    expect(transformIndex(delta, 4)).toBe(6);
    const after = deltaOf('Huế dệt may', (t) => t.insert(11, ' bền vững'));
    expect(transformIndex(after, 4)).toBe(4);
  });

  it('keeps the caret before text inserted exactly at it', () => {
    const delta = deltaOf('abc', (t) => t.insert(2, 'XY'));
    expect(transformIndex(delta, 2)).toBe(2);
  });

  it('pulls the caret back by deleted text before it, and to the start of a deletion around it', () => {
    expect(
      transformIndex(
        deltaOf('0123456789', (t) => t.delete(1, 3)),
        6,
      ),
    ).toBe(3);
    expect(
      transformIndex(
        deltaOf('0123456789', (t) => t.delete(2, 5)),
        4,
      ),
    ).toBe(2);
    expect(
      transformIndex(
        deltaOf('0123456789', (t) => t.delete(7, 2)),
        4,
      ),
    ).toBe(4);
  });

  it('combines several ops of one transaction', () => {
    const delta = deltaOf('hello world', (t) => {
      t.doc?.transact(() => {
        t.delete(0, 1);
        t.insert(0, 'J');
        t.insert(5, ',');
      });
    });
    // "Jello, world": the caret after "world" moves one to the right.
    expect(transformIndex(delta, 11)).toBe(12);
  });
});
