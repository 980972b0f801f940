import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionState } from '../collab/SaveTracker.ts';
import { createSaveAnnouncer, SAVED_QUIET_MS } from './createSaveAnnouncer.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createSaveAnnouncer', () => {
  it('says "saved" once after a burst of edits, not for every flip, and not on load', () => {
    const said: ConnectionState[] = [];
    const a = createSaveAnnouncer((s) => said.push(s));
    a.update('connecting');
    a.update('saved');
    vi.advanceTimersByTime(SAVED_QUIET_MS * 2);
    expect(said).toEqual([]);
    for (let i = 0; i < 16; i++) {
      a.update('connected');
      vi.advanceTimersByTime(100);
      a.update('saved');
      vi.advanceTimersByTime(100);
    }
    expect(said).toEqual([]);
    vi.advanceTimersByTime(SAVED_QUIET_MS);
    expect(said).toEqual(['saved']);
    a.update('saved');
    vi.advanceTimersByTime(SAVED_QUIET_MS);
    expect(said).toEqual(['saved']);
  });

  it('says trouble at once and "saved" again once it is over', () => {
    const said: ConnectionState[] = [];
    const a = createSaveAnnouncer((s) => said.push(s));
    a.update('offline');
    a.update('reconnecting');
    expect(said).toEqual(['offline', 'reconnecting']);
    a.update('saved');
    vi.advanceTimersByTime(SAVED_QUIET_MS);
    expect(said).toEqual(['offline', 'reconnecting', 'saved']);
    a.update('connected');
    a.destroy();
    a.update('saved');
    a.destroy();
    vi.advanceTimersByTime(SAVED_QUIET_MS);
    expect(said).toHaveLength(3);
  });
});
