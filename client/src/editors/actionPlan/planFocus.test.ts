import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { focusKey, readPeerFocus } from './planFocus.ts';

describe('readPeerFocus', () => {
  it("lists others' focused fields with name and colour, never my own, and ignores malformed states", () => {
    const mine = new Awareness(new Y.Doc());
    mine.setLocalState({
      user: { name: 'An', color: '#1f5fa8' },
      planFocus: { itemId: 'i1', field: 'title' },
    });
    const states = mine.getStates();
    states.set(7, { user: { name: 'Lan', color: '#a3165a' }, planFocus: { itemId: 'i1', field: 'title' } });
    states.set(8, { user: { name: 'Huy', color: 'red;x' }, planFocus: { itemId: 'i2', field: 'dueDate' } });
    states.set(9, { user: { name: 'Bad' }, planFocus: { itemId: 3 } });
    const peers = readPeerFocus(mine);
    expect(peers.get(focusKey('i1', 'title'))).toEqual([{ clientId: 7, name: 'Lan', color: '#a3165a' }]);
    expect(peers.get(focusKey('i2', 'dueDate'))?.[0]?.color).toBe('#555555');
    expect(peers.size).toBe(2);
  });
});
