import { CloseCode, YjsMessageType } from '@weft/protocol';
import * as decoding from 'lib0/decoding';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLocalDocBus } from '../bus/createLocalDocBus.ts';
import { createMemoryDocStore } from '../storage/memory/createMemoryDocStore.ts';
import { Room } from './Room.ts';
import { type AwarenessLimits, DEFAULT_AWARENESS_LIMITS } from './RoomAwareness.ts';
import { awarenessIdsOf, MemoryClient } from './testing/MemoryClient.ts';
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

  it('waits longer while the room is busy, up to AWARENESS_WINDOW_MAX_MS, and shortens again when it calms', async () => {
    vi.useFakeTimers();
    try {
      const room = openRoom({ windowMs: 20, windowMaxMs: 60 });
      const movers = Array.from({ length: 6 }, () => new MemoryClient(room));
      const watcher = new MemoryClient(room);
      for (const c of [...movers, watcher]) c.connect();
      await vi.advanceTimersByTimeAsync(1);
      const frames = () => awarenessFrames(watcher).length;
      /** Milliseconds until the watcher gets a frame after `move`, to the millisecond. */
      const delayAfter = async (move: () => void): Promise<number> => {
        const before = frames();
        move();
        for (let ms = 1; ms <= 500; ms++) {
          await vi.advanceTimersByTimeAsync(1);
          if (frames() > before) return ms;
        }
        throw new Error('no frame within 500 ms');
      };
      const everyoneMoves = (cursor: number) => () => {
        for (const m of movers) m.setAwareness({ cursor });
      };
      // Quiet room: the shortest window (flush at 20 ms, delivered on the next tick).
      expect(await delayAfter(everyoneMoves(1))).toBe(21);
      // That frame carried six ids: the window is now min(60, 6 x 20).
      expect(await delayAfter(everyoneMoves(2))).toBe(61);
      const lone = movers[0] as MemoryClient;
      expect(await delayAfter(() => lone.setAwareness({ cursor: 3 }))).toBe(61);
      // One id in the last frame: back to 20 ms.
      expect(await delayAfter(() => lone.setAwareness({ cursor: 4 }))).toBe(21);
      expect(awarenessIdsOf(awarenessFrames(watcher).at(-1) as Uint8Array)).toEqual([lone.doc.clientID]);
      expect(watcher.awareness.getStates().get(movers[5]?.doc.clientID as number)).toEqual({ cursor: 2 });
    } finally {
      vi.useRealTimers();
    }
  });
});
