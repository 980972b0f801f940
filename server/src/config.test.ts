import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig SYNC_BATCH_MS', () => {
  it('defaults to one batch per tick (0) and reads whole milliseconds', () => {
    expect(loadConfig({}).syncBatchMs).toBe(0);
    expect(loadConfig({ SYNC_BATCH_MS: '10' }).syncBatchMs).toBe(10);
    expect(loadConfig({ SYNC_BATCH_MS: '' }).syncBatchMs).toBe(0);
    expect(loadConfig({ SYNC_BATCH_MS: '0' }).syncBatchMs).toBe(0);
    expect(loadConfig({ SYNC_BATCH_MS: '20' }).syncBatchMs).toBe(20);
  });

  it('names the variable when the value is negative, fractional, too long or not a number', () => {
    for (const bad of ['-1', '2.5', '1001', 'soon']) {
      expect(() => loadConfig({ SYNC_BATCH_MS: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ SYNC_BATCH_MS: bad })).toThrow(/SYNC_BATCH_MS/);
    }
  });
});

describe('loadConfig: scale-out settings', () => {
  it('uses SQLite and the default Redis prefix when nothing is set', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.redisPrefix).toBe('weft:');
    expect(config.databasePoolSize).toBe(10);
  });

  it('accepts postgres:// and postgresql:// database URLs', () => {
    for (const url of [
      'postgres://weft@db:5432/weft',
      'postgresql://weft:s3cret@10.0.0.5/weft?sslmode=require',
    ]) {
      expect(loadConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
    }
  });

  it('names DATABASE_URL, REDIS_PREFIX and DATABASE_POOL_SIZE when they are bad', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db/weft' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db/weft' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ REDIS_PREFIX: 'has space' })).toThrow(/REDIS_PREFIX/);
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/);
  });
});

describe('loadConfig METRICS_PORT / METRICS_HOST', () => {
  it('listens on loopback port 9464 by default, takes 0 for a free port and "off" to disable', () => {
    expect(loadConfig({}).metrics).toEqual({ port: 9464, host: '127.0.0.1' });
    expect(loadConfig({ METRICS_PORT: '0', METRICS_HOST: '0.0.0.0' }).metrics).toEqual({
      port: 0,
      host: '0.0.0.0',
    });
    expect(loadConfig({ METRICS_PORT: 'off' }).metrics).toBeUndefined();
  });

  it('names METRICS_PORT when it is neither a port nor "off"', () => {
    for (const bad of ['70000', 'none', '-1', '1.5']) {
      expect(() => loadConfig({ METRICS_PORT: bad })).toThrow(/METRICS_PORT/);
    }
  });
});

describe('loadConfig SYNC_DEFLATE*', () => {
  it('is on by default: every frame in rooms of up to 16, from 64 KiB above that, 8 KiB window', () => {
    expect(loadConfig({}).syncDeflate).toEqual({ roomMax: 16, threshold: 65536, windowBits: 13 });
  });

  it('reads each setting, and SYNC_DEFLATE=off turns it off whatever the others say', () => {
    expect(
      loadConfig({
        SYNC_DEFLATE_ROOM_MAX: '0',
        SYNC_DEFLATE_THRESHOLD: '1024',
        SYNC_DEFLATE_WINDOW_BITS: '15',
      }).syncDeflate,
    ).toEqual({ roomMax: 0, threshold: 1024, windowBits: 15 });
    expect(loadConfig({ SYNC_DEFLATE: 'off', SYNC_DEFLATE_ROOM_MAX: '4' }).syncDeflate).toBeUndefined();
  });

  it('names the variable when a value is out of range or not understood', () => {
    for (const bad of ['-1', 'big'])
      expect(() => loadConfig({ SYNC_DEFLATE_THRESHOLD: bad })).toThrow(/SYNC_DEFLATE_THRESHOLD/);
    for (const bad of ['8', '16', 'x'])
      expect(() => loadConfig({ SYNC_DEFLATE_WINDOW_BITS: bad })).toThrow(/SYNC_DEFLATE_WINDOW_BITS/);
    for (const bad of ['-1', '1.5'])
      expect(() => loadConfig({ SYNC_DEFLATE_ROOM_MAX: bad })).toThrow(/SYNC_DEFLATE_ROOM_MAX/);
    for (const bad of ['yes', 'true', '1'])
      expect(() => loadConfig({ SYNC_DEFLATE: bad })).toThrow(/SYNC_DEFLATE/);
  });
});

describe('loadConfig AWARENESS_WINDOW_MAX_MS', () => {
  it('lets a busy room wait up to 250 ms by default, and reads a value up to 5 s', () => {
    expect(loadConfig({}).awareness.windowMaxMs).toBe(250);
    expect(loadConfig({ AWARENESS_WINDOW_MAX_MS: '100' }).awareness.windowMaxMs).toBe(100);
    for (const bad of ['-1', '5001', 'soon'])
      expect(() => loadConfig({ AWARENESS_WINDOW_MAX_MS: bad })).toThrow(/AWARENESS_WINDOW_MAX_MS/);
  });
});
