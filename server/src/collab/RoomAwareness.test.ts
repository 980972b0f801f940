import { CloseCode, YjsMessageType } from '@weft/protocol';
import * as decoding from 'lib0/decoding';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLocalDocBus } from '../bus/createLocalDocBus.ts';
import { createMemoryDocStore } from '../storage/memory/createMemoryDocStore.ts';
import { Room } from './Room.ts';
import { type AwarenessLimits, DEFAULT_AWARENESS_LIMITS } from './RoomAwareness.ts';
import { MemoryClient } from './testing/MemoryClient.ts';
import { UpdateWriter } from './UpdateWriter.ts';

const logger = pino({ level: 'silent' });
const rooms: Room[] = [];

afterEach(async () => {
  for (const room of rooms.splice(0)) await room.destroy();
});

function openRoom(limits: Partial<AwarenessLimits> = {}): Room {
  const store = createMemoryDocStore();
  const room = new Room(
    {
      docId: 'doc',
      store,
      writer: new UpdateWriter(store, logger),
      bus: createLocalDocBus(),
      logger,
      compactThreshold: 1000,
      maxDocumentBytes: 1 << 20,
      awareness: { ...DEFAULT_AWARENESS_LIMITS, ...limits },
      onBroken: () => {},
    },
    null,
  );
  rooms.push(room);
  return room;
}

const awarenessFrames = (c: MemoryClient) =>
  c.received.filter((f) => decoding.readVarUint(decoding.createDecoder(f)) === YjsMessageType.awareness);

describe('RoomAwareness', () => {
  it('coalesces a burst of changes within the window into one frame per recipient', async () => {
    const room = openRoom({ windowMs: 50 });
    const mover = new MemoryClient(room);
    const watcher = new MemoryClient(room);
    mover.connect();
    watcher.connect();
    for (let i = 0; i < 20; i++) mover.setAwareness({ cursor: i });
    await vi.waitFor(() =>
      expect(watcher.awareness.getStates().get(mover.doc.clientID)).toEqual({ cursor: 19 }),
    );
    expect(awarenessFrames(watcher)).toHaveLength(1);
  });

  it('sets the user fields others see from the connection’s account', async () => {
    const room = openRoom({ windowMs: 0 });
    const identity = { userId: 'u1', name: 'Anh', city: 'Huế' };
    const claimer = new MemoryClient(room, { identity });
    const watcher = new MemoryClient(room);
    claimer.connect();
    watcher.connect();
    claimer.setAwareness({ user: { userId: 'u2', name: 'Someone Else', color: '#123456' } });
    await vi.waitFor(() =>
      expect(watcher.awareness.getStates().get(claimer.doc.clientID)).toEqual({
        user: { ...identity, color: '#123456' },
      }),
    );
  });

  it('closes a connection that sends more frames per second than allowed', async () => {
    const room = openRoom({ maxFramesPerSecond: 5 });
    const flooder = new MemoryClient(room);
    flooder.connect();
    for (let i = 0; i < 20; i++) flooder.setAwareness({ cursor: i });
    expect(flooder.closedWith?.code).toBe(CloseCode.awarenessLimit);
  });
});
