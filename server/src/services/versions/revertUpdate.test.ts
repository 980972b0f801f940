import { getNoteFragment, readWhiteboard, WHITEBOARD_SHAPES } from '@weft/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { revertUpdate } from './revertUpdate.ts';

function paragraph(text: string): Y.XmlElement {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  return p;
}

describe('revertUpdate', () => {
  it('brings a note back to the version while keeping later history', () => {
    const doc = new Y.Doc();
    getNoteFragment(doc).insert(0, [paragraph('Chương trình: xưởng may Huế'), paragraph('Agenda Gent')]);
    const version = Y.encodeStateAsUpdate(doc);
    const fragment = getNoteFragment(doc);
    fragment.delete(0, 2);
    fragment.insert(0, [paragraph('pasted over')]);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));

    const update = revertUpdate('note', Y.encodeStateAsUpdate(doc), version);
    Y.applyUpdate(doc, update);
    Y.applyUpdate(peer, update);

    expect(getNoteFragment(doc).toString()).toBe(
      '<paragraph>Chương trình: xưởng may Huế</paragraph><paragraph>Agenda Gent</paragraph>',
    );
    expect(getNoteFragment(peer).toString()).toBe(getNoteFragment(doc).toString());
  });

  it('changes only the whiteboard shapes that differ', () => {
    const doc = new Y.Doc();
    const shapes = doc.getMap<Y.Map<unknown>>(WHITEBOARD_SHAPES);
    const shape = (id: string, x: number) => {
      const m = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({ id, type: 'rect', x, y: 0, w: 10, h: 10, z: 'a0' })) m.set(k, v);
      return m;
    };
    shapes.set('a', shape('a', 1));
    shapes.set('b', shape('b', 2));
    const version = Y.encodeStateAsUpdate(doc);
    shapes.get('a')?.set('x', 50);
    shapes.set('c', shape('c', 3));
    const untouched = shapes.get('b');

    Y.applyUpdate(doc, revertUpdate('whiteboard', Y.encodeStateAsUpdate(doc), version));

    expect(readWhiteboard(doc).map((s) => [s.id, s.x])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(shapes.get('b')).toBe(untouched);
  });

  it('is empty of changes when the content already equals the version', () => {
    const doc = new Y.Doc();
    getNoteFragment(doc).insert(0, [paragraph('same')]);
    const state = Y.encodeStateAsUpdate(doc);
    const update = revertUpdate('note', state, state);
    const before = Y.encodeStateVector(doc);
    Y.applyUpdate(doc, update);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});
