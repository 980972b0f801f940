import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { SyncClientProtocol } from './SyncClientProtocol.ts';
import { readSyncBody } from './yWebsocketProtocol.ts';

// Hocuspocus message types (@hocuspocus/server src/types.ts MessageType) and AuthMessageType.Token.
const HocuspocusMessageType = { sync: 0, auth: 2, syncReply: 4 } as const;
const AUTH_TOKEN = 0;

/**
 * Hocuspocus's multiplexed dialect: every frame starts with the document name (varString), and a
 * client must send an Auth message before the server lets its sync messages through.
 */
export function hocuspocusProtocol(): SyncClientProtocol {
  const frame = (docId: string, write: (encoder: encoding.Encoder) => void): Uint8Array => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, docId);
    write(encoder);
    return encoding.toUint8Array(encoder);
  };
  const syncFrame = (docId: string, syncType: number, payload: Uint8Array) =>
    frame(docId, (e) => {
      encoding.writeVarUint(e, HocuspocusMessageType.sync);
      encoding.writeVarUint(e, syncType);
      encoding.writeVarUint8Array(e, payload);
    });
  return {
    // The server takes the document from each frame, not from the URL.
    path: () => '/',
    openingFrames: (docId, stateVector) => [
      frame(docId, (e) => {
        encoding.writeVarUint(e, HocuspocusMessageType.auth);
        encoding.writeVarUint(e, AUTH_TOKEN);
        encoding.writeVarString(e, '');
      }),
      syncFrame(docId, syncProtocol.messageYjsSyncStep1, stateVector),
    ],
    syncStep2Frame: (docId, update) => syncFrame(docId, syncProtocol.messageYjsSyncStep2, update),
    updateFrame: (docId, update) => syncFrame(docId, syncProtocol.messageYjsUpdate, update),
    readFrame(bytes) {
      const decoder = decoding.createDecoder(bytes);
      decoding.readVarString(decoder);
      const type = decoding.readVarUint(decoder);
      if (type !== HocuspocusMessageType.sync && type !== HocuspocusMessageType.syncReply) {
        return { kind: 'other' };
      }
      return readSyncBody(decoder);
    },
  };
}
