import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUpdatedAtTracker } from './createUpdatedAtTracker.ts';

describe('updatedAt tracker', () => {
  let now = 0;
  const writes: [string, number][] = [];
  const documents = {
    update: async (id: string, patch: { updatedAt?: number }) => {
      writes.push([id, patch.updatedAt ?? -1]);
      return null;
    },
  };
  beforeEach(() => {
    vi.useFakeTimers();
    now = 1_000_000;
    writes.length = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the first change at once, then at most once per interval with the last change time', async () => {
    const t = createUpdatedAtTracker({
      documents,
      now: () => now,
      logger: pino({ level: 'silent' }),
      intervalMs: 10_000,
    });
    t.changed(['a']);
    expect(writes).toEqual([['a', 1_000_000]]);
    for (const step of [1000, 2000, 3000]) {
      now = 1_000_000 + step;
      t.changed(['a']);
    }
    expect(writes).toHaveLength(1);
    now = 1_010_000;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(writes).toEqual([
      ['a', 1_000_000],
      ['a', 1_003_000],
    ]);
    t.close();
  });

  it('tracks documents separately and flushes what waits', async () => {
    const t = createUpdatedAtTracker({ documents, now: () => now, logger: pino({ level: 'silent' }) });
    t.changed(['a', 'b']);
    now += 500;
    t.changed(['b']);
    await t.flush();
    expect(writes).toEqual([
      ['a', 1_000_000],
      ['b', 1_000_000],
      ['b', 1_000_500],
    ]);
    t.close();
  });
});
