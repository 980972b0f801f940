import { describe, expect, it } from 'vitest';
import { parseServerName, serverSpec } from './serverSpecs.ts';

describe('serverSpecs', () => {
  it('knows the three servers and Weft with any sync batch window up to 1000 ms', () => {
    expect(parseServerName('hocuspocus')).toBe('hocuspocus');
    expect(parseServerName('weft-batch20')).toBe('weft-batch20');
    expect(parseServerName('weft-batch020')).toBe('weft-batch20');
    for (const bad of ['weft-batch', 'weft-batch-1', 'weft-batch1001', 'weft-batch2.5', 'Weft', 'yjs']) {
      expect(parseServerName(bad)).toBeNull();
    }
  });

  it('runs Weft in production mode with SYNC_BATCH_MS set explicitly, the default for plain weft', () => {
    const plain = serverSpec('weft');
    const batched = serverSpec('weft-batch20');
    expect(plain).toMatchObject({
      kind: 'weft',
      label: 'Weft (default, SYNC_BATCH_MS=0)',
      env: { NODE_ENV: 'production', SYNC_BATCH_MS: '0' },
    });
    expect(serverSpec('weft-batch10').env).toMatchObject({ SYNC_BATCH_MS: '10' });
    expect(batched).toMatchObject({ kind: 'weft', env: { NODE_ENV: 'production', SYNC_BATCH_MS: '20' } });
    expect(batched.label).not.toBe(plain.label);
    expect(batched.source).toBe(plain.source);
    expect(serverSpec('ywebsocket').env).toEqual({});
  });
});
