import { describe, expect, it } from 'vitest';
import {
  parseCpuSeconds,
  parseStatusBytes,
  parseSystemBusySeconds,
  readCpuSeconds,
  readPeakRssBytes,
} from './procStats.ts';

describe('procStats', () => {
  it('sums utime and stime even when the command name holds spaces and parentheses', () => {
    const stat = '4242 (node (my) srv) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 75 0 0 20 0 11 0 1 2 3';
    expect(parseCpuSeconds(stat)).toBeCloseTo(3.25);
  });

  it('reads kB fields of /proc/<pid>/status as bytes', () => {
    const status = 'Name:\tnode\nVmHWM:\t  131072 kB\nVmRSS:\t   65536 kB\n';
    expect(parseStatusBytes(status, 'VmHWM')).toBe(128 * 1024 * 1024);
    expect(parseStatusBytes(status, 'VmRSS')).toBe(64 * 1024 * 1024);
    expect(() => parseStatusBytes('Name:\tnode\n', 'VmHWM')).toThrow(/VmHWM/);
  });

  it('counts busy machine time without idle, iowait and steal', () => {
    const stat = 'cpu  56063 10 17258 148236 962 5 1879 3257 0 0\ncpu0 1 2 3 4 5 6 7 8 9 10\n';
    expect(parseSystemBusySeconds(stat)).toBeCloseTo((56063 + 10 + 17258 + 5 + 1879) / 100);
    expect(() => parseSystemBusySeconds('intr 1 2 3')).toThrow(/proc\/stat/);
  });

  it('reads this very process', () => {
    expect(readCpuSeconds(process.pid)).toBeGreaterThan(0);
    expect(readPeakRssBytes(process.pid)).toBeGreaterThan(process.memoryUsage().rss / 2);
  });
});
