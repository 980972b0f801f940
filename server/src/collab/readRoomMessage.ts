import { YjsMessageType } from '@weft/protocol';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';

/** What a room does with each kind of y-websocket message. */
export interface RoomMessageHandlers {
  syncStep1(stateVector: Uint8Array): void;
  /** A sync step 2 or an update: both carry a Yjs update to apply. */
  update(update: Uint8Array): void;
  awareness(update: Uint8Array): void;
  queryAwareness(): void;
}

export class MalformedMessageError extends Error {}

/** Decodes one frame and calls its handler; throws MalformedMessageError for an unknown type. */
export function readRoomMessage(data: Uint8Array, handlers: RoomMessageHandlers): void {
  const decoder = decoding.createDecoder(data);
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case YjsMessageType.sync: {
      const syncType = decoding.readVarUint(decoder);
      if (syncType === syncProtocol.messageYjsSyncStep1) {
        handlers.syncStep1(decoding.readVarUint8Array(decoder));
      } else if (
        syncType === syncProtocol.messageYjsSyncStep2 ||
        syncType === syncProtocol.messageYjsUpdate
      ) {
        handlers.update(decoding.readVarUint8Array(decoder));
      } else {
        throw new MalformedMessageError(`unknown sync message type ${syncType}`);
      }
      return;
    }
    case YjsMessageType.awareness:
      handlers.awareness(decoding.readVarUint8Array(decoder));
      return;
    case YjsMessageType.queryAwareness:
      handlers.queryAwareness();
      return;
    case YjsMessageType.auth:
      // Servers send auth messages, clients do not; a stray one changes nothing.
      return;
    default:
      throw new MalformedMessageError(`unknown message type ${type}`);
  }
}
