import { describe, expect, it } from 'vitest';
import { BenchOptionsError, parseBenchOptions } from './parseBenchOptions.ts';

describe('parseBenchOptions', () => {
  it('defaults to the issue 2 load against every server', () => {
    expect(parseBenchOptions([])).toMatchObject({
      readers: 200,
      writers: 4,
      rate: 25,
      durationSeconds: 20,
      servers: ['weft', 'hocuspocus', 'ywebsocket'],
      cpuProfileDir: null,
    });
  });

  it('spreads readers over one thread per 1,000, at most one per core, unless told', () => {
    expect(parseBenchOptions([], {}, 2).readerThreads).toBe(1);
    expect(parseBenchOptions(['--readers', '2000'], {}, 2).readerThreads).toBe(2);
    expect(parseBenchOptions(['--readers', '5000'], {}, 2).readerThreads).toBe(2);
    expect(parseBenchOptions(['--readers', '2000', '--reader-threads', '1'], {}, 2).readerThreads).toBe(1);
    expect(parseBenchOptions([], { BENCH_READER_THREADS: '3' }, 2).readerThreads).toBe(3);
  });

  it('lets flags win over BENCH_* variables and --quick defaults', () => {
    const opts = parseBenchOptions(['--quick', '--readers', '7', '--servers', 'weft'], {
      BENCH_READERS: '99',
      BENCH_RATE: '5',
    });
    expect(opts).toMatchObject({ readers: 7, writers: 2, rate: 5, durationSeconds: 3, servers: ['weft'] });
  });

  it('accepts Weft entries with a sync batch window next to the others, once each', () => {
    expect(
      parseBenchOptions(['--servers', 'weft,weft-batch20,hocuspocus,ywebsocket,weft-batch020']).servers,
    ).toEqual(['weft', 'weft-batch20', 'hocuspocus', 'ywebsocket']);
  });

  it('rejects unknown servers, bad numbers and unknown flags with a clear error', () => {
    expect(() => parseBenchOptions(['--servers', 'weft,yjs'])).toThrow(BenchOptionsError);
    expect(() => parseBenchOptions(['--servers', 'weft-batch5000'])).toThrow(/weft-batch<N>/);
    expect(() => parseBenchOptions(['--readers', '2.5'])).toThrow(/whole number/);
    expect(() => parseBenchOptions(['--rate', '0'])).toThrow(/--rate/);
    expect(() => parseBenchOptions(['--readres', '3'])).toThrow(BenchOptionsError);
  });
});
