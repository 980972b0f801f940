import type { ServerResult } from './formatResultTable.ts';

/** One row per server: the median of each figure over its rounds, and missed updates summed. */
export function summarizeRounds(results: readonly ServerResult[]): ServerResult[] {
  const byLabel = new Map<string, ServerResult[]>();
  for (const r of results) byLabel.set(r.label, [...(byLabel.get(r.label) ?? []), r]);
  return [...byLabel.values()].map((rounds) => {
    const first = rounds[0] as ServerResult;
    const med = (pick: (r: ServerResult) => number) => median(rounds.map(pick));
    const sum = (pick: (r: ServerResult) => number) => rounds.reduce((n, r) => n + pick(r), 0);
    return {
      label: first.label,
      round: 0,
      persistence: first.persistence,
      p50Ms: med((r) => r.p50Ms),
      p99Ms: med((r) => r.p99Ms),
      cpuSeconds: med((r) => r.cpuSeconds),
      windowSeconds: med((r) => r.windowSeconds),
      peakRssBytes: med((r) => r.peakRssBytes),
      endRssBytes: med((r) => r.endRssBytes),
      startRssBytes: med((r) => r.startRssBytes),
      idleRssBytes: med((r) => r.idleRssBytes),
      startToReadyMs: med((r) => r.startToReadyMs),
      measuredUpdates: sum((r) => r.measuredUpdates),
      missed: sum((r) => r.missed),
      readersWithMisses: sum((r) => r.readersWithMisses),
      unexpectedCloses: sum((r) => r.unexpectedCloses),
      loadgenCpuPercent: med((r) => r.loadgenCpuPercent),
      loadgenLoopDelayP99Ms: med((r) => r.loadgenLoopDelayP99Ms),
      readerLoopDelayP99Ms: med((r) => r.readerLoopDelayP99Ms),
      otherCpuPercent: med((r) => r.otherCpuPercent),
      framesPerReaderPerSecond: med((r) => r.framesPerReaderPerSecond),
      cpuMicrosPerFrame: med((r) => r.cpuMicrosPerFrame),
      firstReaderP99Ms: med((r) => r.firstReaderP99Ms),
      lastReaderP50Ms: med((r) => r.lastReaderP50Ms),
      lastReaderP99Ms: med((r) => r.lastReaderP99Ms),
    };
  });
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
