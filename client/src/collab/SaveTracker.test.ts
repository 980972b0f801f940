import { describe, expect, it } from 'vitest';
import { SaveTracker } from './SaveTracker.ts';

function connectedTracker(): SaveTracker {
  const t = new SaveTracker();
  t.opened();
  t.step2Received(); // answer to the provider's own step 1
  t.syncedWithServer();
  return t;
}

describe('SaveTracker', () => {
  it('starts connecting and is not saved before a probe confirms the first sync', () => {
    const t = new SaveTracker();
    expect(t.snapshot().state).toBe('connecting');
    t.opened();
    t.step2Received();
    t.syncedWithServer();
    expect(t.snapshot()).toMatchObject({ state: 'connected', unsaved: true });
    expect(t.wantsProbe()).toBe(true);
    t.probeSent();
    expect(t.wantsProbe()).toBe(false);
    t.step2Received();
    expect(t.snapshot()).toMatchObject({ state: 'saved', unsaved: false });
  });

  it('does not count the answer to the provider step 1 as an acknowledgement', () => {
    const t = new SaveTracker();
    t.opened();
    t.localUpdate();
    t.step2Received();
    t.syncedWithServer();
    expect(t.snapshot().unsaved).toBe(true);
  });

  it('an edit made after a probe went out stays unsaved when that probe is answered', () => {
    const t = connectedTracker();
    t.probeSent();
    t.step2Received();
    t.localUpdate();
    t.probeSent();
    t.localUpdate();
    t.step2Received();
    expect(t.snapshot()).toMatchObject({ state: 'connected', unsaved: true });
    expect(t.wantsProbe()).toBe(true);
    t.probeSent();
    t.step2Received();
    expect(t.snapshot().state).toBe('saved');
  });

  it('forgets probes in flight when the socket closes and reports reconnecting', () => {
    const t = connectedTracker();
    t.localUpdate();
    t.probeSent();
    t.closed();
    expect(t.snapshot()).toMatchObject({ state: 'reconnecting', unsaved: true });
    t.opened();
    t.step2Received(); // provider's step 1 answer: no acknowledgement
    t.syncedWithServer();
    expect(t.snapshot().unsaved).toBe(true);
    t.probeSent();
    t.step2Received();
    expect(t.snapshot().state).toBe('saved');
  });

  it('says offline when the browser is offline, whatever the socket', () => {
    const t = connectedTracker();
    t.setOnline(false);
    expect(t.snapshot().state).toBe('offline');
    t.setOnline(true);
    expect(t.snapshot().state).toBe('connected');
  });

  it('knows when every edit is written to device storage', () => {
    const t = new SaveTracker();
    expect(t.snapshot().storedOnDevice).toBe(true);
    t.localUpdate();
    t.localUpdate();
    const written = t.edits;
    t.localUpdate();
    t.storedOnDevice(written);
    expect(t.snapshot().storedOnDevice).toBe(false);
    t.storedOnDevice(t.edits);
    expect(t.snapshot().storedOnDevice).toBe(true);
    t.storedOnDevice(1); // a late, older confirmation changes nothing
    expect(t.snapshot().storedOnDevice).toBe(true);
  });

  it('says denied once the server closed for good', () => {
    const t = connectedTracker();
    t.deny();
    expect(t.snapshot().state).toBe('denied');
  });
});
