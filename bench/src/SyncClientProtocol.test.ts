import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { hocuspocusProtocol } from './hocuspocusProtocol.ts';
import { yWebsocketProtocol } from './yWebsocketProtocol.ts';

const doc = new Y.Doc();
doc.getText('t').insert(0, 'hi');
const update = Y.encodeStateAsUpdate(doc);
const stateVector = Y.encodeStateVector(doc);

describe.each([
  ['y-websocket', yWebsocketProtocol('/yjs/')],
  ['hocuspocus', hocuspocusProtocol()],
])('%s dialect', (_name, protocol) => {
  it('reads back the sync frames it writes', () => {
    expect(protocol.readFrame(protocol.updateFrame('doc-1', update))).toEqual({ kind: 'update' });
    expect(protocol.readFrame(protocol.syncStep2Frame('doc-1', update))).toEqual({ kind: 'syncStep2' });
    const opening = protocol.openingFrames('doc-1', stateVector);
    expect(protocol.readFrame(opening.at(-1) as Uint8Array)).toEqual({ kind: 'syncStep1', stateVector });
  });

  it('throws on a frame it cannot read', () => {
    expect(() => protocol.readFrame(new Uint8Array([0]))).toThrow();
  });
});

describe('hocuspocus dialect', () => {
  it('prefixes every frame with the document name and authenticates before syncing', () => {
    const [auth, step1] = hocuspocusProtocol().openingFrames('doc-1', stateVector);
    const authDecoder = decoding.createDecoder(auth as Uint8Array);
    expect(decoding.readVarString(authDecoder)).toBe('doc-1');
    expect(decoding.readVarUint(authDecoder)).toBe(2);
    expect(decoding.readVarString(decoding.createDecoder(step1 as Uint8Array))).toBe('doc-1');
  });
});

describe('y-websocket dialect', () => {
  it('names the document in the path', () => {
    expect(yWebsocketProtocol('/yjs/').path('doc-1')).toBe('/yjs/doc-1');
  });
});
