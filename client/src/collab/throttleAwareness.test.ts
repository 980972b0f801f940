import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { type AwarenessSender, throttleAwareness } from './throttleAwareness.ts';

function fakeProvider(): AwarenessSender & { sent: unknown[][] } {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  const sent: unknown[][] = [];
  const provider = {
    awareness,
    wsconnected: true,
    sent,
    ws: {
      readyState: 1,
      send(data: Uint8Array<ArrayBuffer>) {
        const d = decoding.createDecoder(data);
        decoding.readVarUint(d);
        const inner = decoding.createDecoder(decoding.readVarUint8Array(d));
        const states: unknown[] = [];
        const n = decoding.readVarUint(inner);
        for (let i = 0; i < n; i++) {
          decoding.readVarUint(inner);
          decoding.readVarUint(inner);
          states.push(JSON.parse(decoding.readVarString(inner)));
        }
        sent.push(states);
      },
    },
    _awarenessUpdateHandler: () => {
      sent.push(['stock handler']);
    },
  };
  awareness.on('update', provider._awarenessUpdateHandler);
  return provider;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('throttleAwareness', () => {
  it('sends the first change at once, then the latest one per interval', () => {
    const p = fakeProvider();
    throttleAwareness(p, 100);
    for (let x = 0; x < 30; x++) {
      p.awareness.setLocalStateField('cursor', x);
      vi.advanceTimersByTime(5);
    }
    vi.advanceTimersByTime(200);
    // 150 ms of moves at one per 5 ms: the first at once, then one per 100 ms, ending on the last.
    expect(p.sent.length).toBeLessThanOrEqual(3);
    expect(p.sent[0]).toEqual([{ cursor: 0 }]);
    expect(p.sent.at(-1)).toEqual([{ cursor: 29 }]);
  });

  it('never sends back states received from the server, and sends a removal at once', () => {
    const p = fakeProvider();
    throttleAwareness(p, 100);
    const other = new awarenessProtocol.Awareness(new Y.Doc());
    other.setLocalState({ cursor: 5 });
    awarenessProtocol.applyAwarenessUpdate(
      p.awareness,
      awarenessProtocol.encodeAwarenessUpdate(other, [other.clientID]),
      p,
    );
    expect(p.sent).toEqual([]);
    p.awareness.setLocalStateField('cursor', 1);
    p.awareness.setLocalState(null);
    expect(p.sent).toEqual([[{ cursor: 1 }], [null]]);
  });
});
