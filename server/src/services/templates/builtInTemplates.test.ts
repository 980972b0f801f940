import { getNoteFragment, readActionPlan, readWhiteboard } from '@weft/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BUILT_IN_TEMPLATES, TEMPLATE_LANGUAGES, templateLanguage } from './builtInTemplates.ts';

function load(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc;
}

/** The content's shape without its words: what every language must share. */
function structure(type: string, doc: Y.Doc): unknown {
  if (type === 'note')
    return getNoteFragment(doc)
      .toArray()
      .map((n) => (n instanceof Y.XmlElement ? [n.nodeName, n.getAttribute('level'), n.length] : 'text'));
  if (type === 'whiteboard')
    return readWhiteboard(doc).map((s) => [s.type, s.x, s.y, s.w, s.h, s.from?.shapeId !== undefined]);
  return readActionPlan(doc).items.map((i) => i.level);
}

function words(type: string, doc: Y.Doc): string {
  if (type === 'note') return getNoteFragment(doc).toString();
  if (type === 'whiteboard')
    return readWhiteboard(doc)
      .map((s) => s.text)
      .join('|');
  return readActionPlan(doc)
    .items.map((i) => i.title)
    .join('|');
}

describe('built-in templates', () => {
  it('have unique ids and a title in every language', () => {
    expect(new Set(BUILT_IN_TEMPLATES.map((t) => t.id)).size).toBe(BUILT_IN_TEMPLATES.length);
    for (const t of BUILT_IN_TEMPLATES)
      for (const l of TEMPLATE_LANGUAGES) expect(t.title(l).length, `${t.id} ${l}`).toBeGreaterThan(0);
  });

  it('build the same structure in every language, with that language’s words', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      const [en, ...others] = TEMPLATE_LANGUAGES.map((l) => load(t.build(l)));
      for (const [i, doc] of others.entries()) {
        expect(structure(t.type, doc as Y.Doc), `${t.id} ${TEMPLATE_LANGUAGES[i + 1]}`).toEqual(
          structure(t.type, en as Y.Doc),
        );
        expect(words(t.type, doc as Y.Doc), t.id).not.toEqual(words(t.type, en as Y.Doc));
      }
    }
  });

  it('bind every arrow of a board to shapes on that board', () => {
    for (const t of BUILT_IN_TEMPLATES.filter((x) => x.type === 'whiteboard')) {
      const shapes = readWhiteboard(load(t.build('vi')));
      const ids = new Set(shapes.map((s) => s.id));
      for (const arrow of shapes.filter((s) => s.type === 'arrow')) {
        expect(ids.has(arrow.from?.shapeId ?? ''), t.id).toBe(true);
        expect(ids.has(arrow.to?.shapeId ?? ''), t.id).toBe(true);
      }
    }
  });

  it('are written in every language of the API; English when none is known', () => {
    expect([...TEMPLATE_LANGUAGES].sort()).toEqual(['en', 'hi', 'nl', 'vi']);
    expect(templateLanguage(undefined)).toBe('en');
    expect(templateLanguage('hi')).toBe('hi');
  });
});
