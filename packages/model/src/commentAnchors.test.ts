import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createTextAnchor,
  decodeTextAnchorPosition,
  plainTextOf,
  readTextAnchor,
  resolveTextAnchor,
  type TextAnchorPositions,
} from './commentAnchors.ts';
import { getNoteFragment } from './note.ts';

const SENTENCE = 'Hợp tác dệt may bền vững giữa Gent và Huế';
const TARGET = 'dệt may';

function textDoc(content = SENTENCE): { doc: Y.Doc; text: Y.Text; anchor: TextAnchorPositions } {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  text.insert(0, content);
  const anchor = createTextAnchor(text, content.indexOf(TARGET), TARGET.length);
  return { doc, text, anchor };
}

const at = SENTENCE.indexOf(TARGET);

describe('text anchors in a Y.Text', () => {
  it('resolves to the range it was made for', () => {
    const { doc, anchor } = textDoc();
    expect(resolveTextAnchor(doc, anchor)).toMatchObject({ collapsed: false, index: at, length: 7 });
    expect(readTextAnchor(doc, anchor)).toBe(TARGET);
  });

  it('moves with an insertion before the range', () => {
    const { doc, text, anchor } = textDoc();
    text.insert(0, 'Dự án: ');
    expect(resolveTextAnchor(doc, anchor)).toMatchObject({ index: at + 7, length: 7 });
    expect(readTextAnchor(doc, anchor)).toBe(TARGET);
  });

  it('grows with an insertion inside the range', () => {
    const { doc, text, anchor } = textDoc();
    text.insert(at + 3, ' và');
    expect(readTextAnchor(doc, anchor)).toBe('dệt và may');
    expect(resolveTextAnchor(doc, anchor)).toMatchObject({ index: at, length: 10 });
  });

  it('stays put with an insertion after the range, even right at its end', () => {
    const { doc, text, anchor } = textDoc();
    text.insert(at + TARGET.length, ' mặc');
    text.insert(text.length, '!');
    expect(readTextAnchor(doc, anchor)).toBe(TARGET);
    expect(resolveTextAnchor(doc, anchor)).toMatchObject({ index: at, length: 7 });
  });

  it('keeps text typed right at its start outside the range', () => {
    const { doc, text, anchor } = textDoc();
    text.insert(at, 'ngành ');
    expect(readTextAnchor(doc, anchor)).toBe(TARGET);
  });

  it('shrinks when part of the range is deleted, from either edge', () => {
    const { doc, text, anchor } = textDoc();
    text.delete(at - 4, 8); // "tác " and "dệt " go
    expect(readTextAnchor(doc, anchor)).toBe('may');
    text.delete(at - 4 + 1, 10); // "ay" and what follows go
    expect(readTextAnchor(doc, anchor)).toBe('m');
  });

  it('survives deletion of all surrounding text', () => {
    const { doc, text, anchor } = textDoc();
    text.delete(at + TARGET.length, text.length - at - TARGET.length);
    text.delete(0, at);
    expect(text.toString()).toBe(TARGET);
    expect(resolveTextAnchor(doc, anchor)).toMatchObject({ collapsed: false, index: 0, length: 7 });
  });

  it('collapses gracefully when the whole range is deleted, and stays collapsed', () => {
    const { doc, text, anchor } = textDoc();
    text.delete(at, TARGET.length);
    expect(resolveTextAnchor(doc, anchor)).toEqual({ collapsed: true, reason: 'deleted' });
    expect(readTextAnchor(doc, anchor)).toBeNull();
    text.insert(at, 'khác');
    expect(resolveTextAnchor(doc, anchor)).toEqual({ collapsed: true, reason: 'deleted' });
  });

  it('collapses when the range and its surroundings are deleted', () => {
    const { doc, text, anchor } = textDoc();
    text.delete(0, text.length);
    expect(resolveTextAnchor(doc, anchor)).toEqual({ collapsed: true, reason: 'deleted' });
  });

  it('is missing in a document that has not received the anchored text yet', () => {
    const { anchor } = textDoc();
    expect(resolveTextAnchor(new Y.Doc(), anchor)).toEqual({ collapsed: true, reason: 'missing' });
  });

  it('reports unreadable anchors as invalid rather than throwing', () => {
    const { doc } = textDoc();
    expect(resolveTextAnchor(doc, { start: '!!!', end: 'AAAA' })).toEqual({
      collapsed: true,
      reason: 'invalid',
    });
    expect(decodeTextAnchorPosition('')).toBeNull();
    expect(decodeTextAnchorPosition('%%%')).toBeNull();
  });

  it('refuses empty and out-of-range ranges', () => {
    const { text } = textDoc();
    expect(() => createTextAnchor(text, 0, 0)).toThrow(RangeError);
    expect(() => createTextAnchor(text, -1, 2)).toThrow(RangeError);
    expect(() => createTextAnchor(text, text.length - 1, 2)).toThrow(RangeError);
  });

  it('counts astral characters (emoji) as Yjs does, in UTF-16 units', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, '🧵 sợi 🧶 vải');
    const anchor = createTextAnchor(text, 3, 3);
    text.insert(0, '👕');
    expect(readTextAnchor(doc, anchor)).toBe('sợi');
  });
});

/** A TipTap-shaped note: paragraphs as Y.XmlElement holding a Y.XmlText, as y-prosemirror stores them. */
function noteDoc(paragraphs: string[], gc = true): { doc: Y.Doc; fragment: Y.XmlFragment } {
  const doc = new Y.Doc({ gc });
  const fragment = getNoteFragment(doc);
  fragment.insert(
    0,
    paragraphs.map((p) => {
      const el = new Y.XmlElement('paragraph');
      el.insert(0, [new Y.XmlText(p)]);
      return el;
    }),
  );
  return { doc, fragment };
}

const textOf = (fragment: Y.XmlFragment, i: number) =>
  (fragment.get(i) as Y.XmlElement).get(0) as unknown as Y.XmlText;

describe('text anchors in a TipTap note (Y.XmlFragment of paragraphs)', () => {
  const paragraphs = ['Agenda', 'Gent shares its textile recycling pilot.', 'नमस्ते from the team'];

  it('anchors inside one paragraph through its Y.XmlText and moves with edits', () => {
    const { doc, fragment } = noteDoc(paragraphs);
    const p1 = textOf(fragment, 1);
    const anchor = createTextAnchor(p1, 5, 6); // "shares"
    expect(readTextAnchor(doc, anchor)).toBe('shares');
    p1.insert(0, 'Today ');
    p1.insert(11 + 3, '/sha'); // inside
    p1.format(0, 5, { bold: true });
    p1.insert(p1.length, ' More.');
    expect(readTextAnchor(doc, anchor)).toBe('sha/shares');
  });

  it('uses document-order offsets over the whole fragment, and paragraphs added before shift them', () => {
    const { doc, fragment } = noteDoc(paragraphs);
    const plain = plainTextOf(fragment);
    const start = plain.indexOf('textile');
    const anchor = createTextAnchor(fragment, start, 'textile'.length);
    expect(resolveTextAnchor(doc, anchor)).toMatchObject({ collapsed: false, index: start, length: 7 });
    const intro = new Y.XmlElement('heading');
    intro.insert(0, [new Y.XmlText('Biên bản ')]);
    fragment.insert(0, [intro]);
    expect(resolveTextAnchor(doc, anchor)).toMatchObject({ index: start + 9, length: 7 });
    expect(readTextAnchor(doc, anchor)).toBe('textile');
  });

  it('spans paragraphs when the range does', () => {
    const { doc, fragment } = noteDoc(paragraphs);
    const anchor = createTextAnchor(fragment, 'Agenda'.length - 2, 6); // "da" + "Gent"
    expect(readTextAnchor(doc, anchor)).toBe('daGent');
    textOf(fragment, 1).insert(0, '— ');
    expect(readTextAnchor(doc, anchor)).toBe('da— Gent');
  });

  it.each([true, false])('collapses when its paragraph is deleted (gc %s)', (gc) => {
    const { doc, fragment } = noteDoc(paragraphs, gc);
    const anchor = createTextAnchor(textOf(fragment, 2), 0, 6);
    expect(readTextAnchor(doc, anchor)).toBe('नमस्ते');
    fragment.delete(2, 1);
    expect(resolveTextAnchor(doc, anchor)).toEqual({ collapsed: true, reason: 'deleted' });
  });

  it('collapses when the anchored text inside a paragraph is deleted but the paragraph stays', () => {
    const { doc, fragment } = noteDoc(paragraphs);
    const p1 = textOf(fragment, 1);
    const anchor = createTextAnchor(p1, 5, 6);
    p1.delete(4, 8);
    expect(resolveTextAnchor(doc, anchor)).toEqual({ collapsed: true, reason: 'deleted' });
  });
});

describe('text anchors under concurrent edits in two documents', () => {
  function pair(): { a: Y.Doc; b: Y.Doc; sync: () => void } {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const sync = () => {
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
      Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    };
    return { a, b, sync };
  }

  it('converges: an insertion before in one doc and inside in the other', () => {
    const { a, b, sync } = pair();
    a.getText('t').insert(0, SENTENCE);
    sync();
    const anchor = createTextAnchor(a.getText('t'), at, TARGET.length);
    a.getText('t').insert(0, 'Dự án: ');
    b.getText('t').insert(at + 3, ' và');
    sync();
    expect(readTextAnchor(a, anchor)).toBe('dệt và may');
    expect(readTextAnchor(b, anchor)).toBe('dệt và may');
    expect(resolveTextAnchor(a, anchor)).toMatchObject({ index: at + 7, length: 10 });
    expect(resolveTextAnchor(b, anchor)).toMatchObject({ index: at + 7, length: 10 });
  });

  it('converges when one doc deletes the range while the other types inside it', () => {
    const { a, b, sync } = pair();
    const fragment = getNoteFragment(a);
    const el = new Y.XmlElement('paragraph');
    el.insert(0, [new Y.XmlText(SENTENCE)]);
    fragment.insert(0, [el]);
    sync();
    const anchor = createTextAnchor(getNoteFragment(a), at, TARGET.length);
    textOf(getNoteFragment(a), 0).delete(at, TARGET.length);
    textOf(getNoteFragment(b), 0).insert(at + 3, ' mới');
    sync();
    // The surviving words typed inside the range are what it marks now, in both docs.
    expect(readTextAnchor(a, anchor)).toBe(' mới');
    expect(readTextAnchor(b, anchor)).toBe(' mới');
  });

  it('works for an anchor created in the other doc before it received any later edits', () => {
    const { a, b, sync } = pair();
    a.getText('t').insert(0, SENTENCE);
    sync();
    const anchor = createTextAnchor(b.getText('t'), at, TARGET.length);
    a.getText('t').delete(0, at);
    sync();
    expect(resolveTextAnchor(a, anchor)).toMatchObject({ collapsed: false, index: 0, length: 7 });
  });
});
