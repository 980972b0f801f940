import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig SYNC_BATCH_MS', () => {
  it('defaults to 0 (one batch per event-loop tick) and reads whole milliseconds', () => {
    expect(loadConfig({}).syncBatchMs).toBe(0);
    expect(loadConfig({ SYNC_BATCH_MS: '' }).syncBatchMs).toBe(0);
    expect(loadConfig({ SYNC_BATCH_MS: '20' }).syncBatchMs).toBe(20);
  });

  it('names the variable when the value is negative, fractional, too long or not a number', () => {
    for (const bad of ['-1', '2.5', '1001', 'soon']) {
      expect(() => loadConfig({ SYNC_BATCH_MS: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ SYNC_BATCH_MS: bad })).toThrow(/SYNC_BATCH_MS/);
    }
  });
});
