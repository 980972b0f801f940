import { YjsMessageType } from '@weft/protocol';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { ServerFrame, SyncClientProtocol } from './SyncClientProtocol.ts';

/** The standard y-websocket framing that Weft and `@y/websocket-server` speak. */
export function yWebsocketProtocol(pathPrefix: string): SyncClientProtocol {
  const syncFrame = (syncType: number, payload: Uint8Array): Uint8Array => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, YjsMessageType.sync);
    encoding.writeVarUint(encoder, syncType);
    encoding.writeVarUint8Array(encoder, payload);
    return encoding.toUint8Array(encoder);
  };
  return {
    path: (docId) => `${pathPrefix}${encodeURIComponent(docId)}`,
    openingFrames: (_docId, stateVector) => [syncFrame(syncProtocol.messageYjsSyncStep1, stateVector)],
    syncStep2Frame: (_docId, update) => syncFrame(syncProtocol.messageYjsSyncStep2, update),
    updateFrame: (_docId, update) => syncFrame(syncProtocol.messageYjsUpdate, update),
    readFrame(frame) {
      const decoder = decoding.createDecoder(frame);
      if (decoding.readVarUint(decoder) !== YjsMessageType.sync) return { kind: 'other' };
      return readSyncBody(decoder);
    },
  };
}

/** Reads the body of a sync message (sub-type, then payload); shared by both dialects. */
export function readSyncBody(decoder: decoding.Decoder): ServerFrame {
  const syncType = decoding.readVarUint(decoder);
  switch (syncType) {
    case syncProtocol.messageYjsSyncStep1:
      return { kind: 'syncStep1', stateVector: decoding.readVarUint8Array(decoder) };
    case syncProtocol.messageYjsSyncStep2:
      return { kind: 'syncStep2' };
    case syncProtocol.messageYjsUpdate:
      return { kind: 'update' };
    default:
      throw new Error(`unknown sync message type ${syncType}`);
  }
}
