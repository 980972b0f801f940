import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  getActionItemLinks,
  observeActionItemLinks,
  parseActionItemLink,
  readActionItemLinks,
  setActionItemLink,
  stickySourceRef,
} from './actionItemLinks.ts';

describe('action item links', () => {
  it('records and reads a link per sticky', () => {
    const doc = new Y.Doc();
    setActionItemLink(doc, 'sticky-1', { planId: 'plan_A', itemId: 'item-1' });
    expect(readActionItemLinks(doc).get('sticky-1')).toEqual({ planId: 'plan_A', itemId: 'item-1' });
  });

  it('skips values another client wrote badly', () => {
    const doc = new Y.Doc();
    const map = getActionItemLinks(doc);
    map.set('a', 'nope');
    map.set('b', { planId: '../../etc', itemId: 'x' });
    map.set('c', { planId: 'p', itemId: 42 });
    map.set('d', { planId: 'p', itemId: 'i' });
    expect([...readActionItemLinks(doc).keys()]).toEqual(['d']);
    expect(parseActionItemLink(null)).toBeNull();
  });

  it('rejects bad arguments without touching the document', () => {
    const doc = new Y.Doc();
    expect(() => setActionItemLink(doc, '', { planId: 'p', itemId: 'i' })).toThrow(TypeError);
    expect(() => setActionItemLink(doc, 's', { planId: 'a b', itemId: 'i' })).toThrow(TypeError);
    expect(getActionItemLinks(doc).size).toBe(0);
  });

  it('tells observers about remote changes', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const seen: number[] = [];
    const stop = observeActionItemLinks(b, (links) => seen.push(links.size));
    setActionItemLink(a, 's1', { planId: 'p', itemId: 'i' });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    stop();
    setActionItemLink(a, 's2', { planId: 'p', itemId: 'j' });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(seen).toEqual([0, 1]);
  });

  it('builds the documented sourceRef', () => {
    expect(stickySourceRef('doc1', 'shape9')).toBe('whiteboard:doc1#shape9');
  });
});
