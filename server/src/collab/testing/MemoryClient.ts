import { YjsMessageType } from '@weft/protocol';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { pino } from 'pino';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { type AwarenessIdentity, Connection } from '../Connection.ts';
import type { Room } from '../Room.ts';
import type { SocketLike } from '../SocketLike.ts';

/**
 * A Yjs client wired to a Room through an in-memory socket: what the room sends arrives on the
 * next macrotask, as a network frame would.
 */
export class MemoryClient {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly received: Uint8Array[] = [];
  /** For each frame sent to this client (in order), whether the room asked to compress it. */
  readonly compressed: boolean[] = [];
  closedWith: { code: number; reason: string } | null = null;
  readonly connection: Connection;
  private readonly room: Room;

  constructor(room: Room, options: { canWrite?: boolean; identity?: AwarenessIdentity } = {}) {
    this.room = room;
    const socket: SocketLike = {
      bufferedAmount: 0,
      send: (data, { compress }) => {
        this.compressed.push(compress);
        const copy = data.slice();
        setImmediate(() => this.receive(copy));
      },
      close: (code, reason) => {
        this.closedWith = { code, reason };
        room.leave(this.connection);
      },
    };
    this.connection = new Connection({
      socket,
      canWrite: options.canWrite ?? true,
      maxBufferedBytes: 1 << 20,
      logger: pino({ level: 'silent' }),
      ...(options.identity ? { identity: options.identity } : {}),
    });
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, YjsMessageType.sync);
      syncProtocol.writeUpdate(encoder, update);
      this.sendRaw(encoding.toUint8Array(encoder));
    });
  }

  connect(): void {
    this.room.join(this.connection);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, YjsMessageType.sync);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    this.sendRaw(encoding.toUint8Array(encoder));
  }

  sendRaw(frame: Uint8Array): void {
    this.room.handleMessage(this.connection, frame);
  }

  setAwareness(state: Record<string, unknown>): void {
    this.awareness.setLocalState(state);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, YjsMessageType.awareness);
    encoding.writeVarUint8Array(
      encoder,
      awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID]),
    );
    this.sendRaw(encoding.toUint8Array(encoder));
  }

  disconnect(): void {
    this.connection.markClosed();
    this.room.leave(this.connection);
  }

  text(): string {
    return this.doc.getText('t').toString();
  }

  private receive(frame: Uint8Array): void {
    if (this.closedWith) return;
    this.received.push(frame);
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    if (type === YjsMessageType.sync) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, YjsMessageType.sync);
      syncProtocol.readSyncMessage(decoder, encoder, this.doc, this);
      if (encoding.length(encoder) > 1) this.sendRaw(encoding.toUint8Array(encoder));
    } else if (type === YjsMessageType.awareness) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), this);
    }
  }
}

/** The client ids an awareness frame carries; none for any other frame. */
export function awarenessIdsOf(frame: Uint8Array): number[] {
  const decoder = decoding.createDecoder(frame);
  if (decoding.readVarUint(decoder) !== YjsMessageType.awareness) return [];
  const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
  const ids: number[] = [];
  const count = decoding.readVarUint(update);
  for (let i = 0; i < count; i++) {
    ids.push(decoding.readVarUint(update));
    decoding.readVarUint(update);
    decoding.readVarString(update);
  }
  return ids;
}
