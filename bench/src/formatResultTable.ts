export interface ServerResult {
  label: string;
  round: number;
  persistence: string;
  p50Ms: number;
  p99Ms: number;
  cpuSeconds: number;
  windowSeconds: number;
  peakRssBytes: number;
  /** Resident set size when the measured window closed: steady state, without start-up peaks. */
  endRssBytes: number;
  /** Resident set size when the measured window opened, to show whether RSS grows under load. */
  startRssBytes: number;
  /** Resident set size 2 s after the server became ready, before any client connected. */
  idleRssBytes: number;
  /** From spawning the process to its first ready answer (`/readyz` 200 for Weft, `/` for the others). */
  startToReadyMs: number;
  measuredUpdates: number;
  missed: number;
  readersWithMisses: number;
  unexpectedCloses: number;
  loadgenCpuPercent: number;
  /** Busy CPU of every other process on the machine during the window, % of one core. */
  otherCpuPercent: number;
  loadgenLoopDelayP99Ms: number;
  /** The worst reader thread's event-loop delay p99: the generator's own queueing in the latencies. */
  readerLoopDelayP99Ms: number;
  framesPerReaderPerSecond: number;
  /** Server CPU per document frame delivered to a reader: the cost of one socket write, all in. */
  cpuMicrosPerFrame: number;
  /** p99 over updates of the first reader's latency: what the server adds before its fan-out starts. */
  firstReaderP99Ms: number;
  /** p50 and p99 over updates of the last reader's latency: the fan-out's spread on top. */
  lastReaderP50Ms: number;
  lastReaderP99Ms: number;
}

/** A Markdown table, so the output pastes straight into docs/benchmarks.md. */
export function formatResultTable(results: readonly ServerResult[], showRound: boolean): string {
  const header = [
    'Server',
    'p50 ms',
    'p99 ms',
    'CPU s',
    'CPU % of one core',
    'Start to ready ms',
    'Idle RSS MB',
    'Peak RSS MB',
    'RSS at window start MB',
    'RSS at end MB',
    'Missed updates',
    'Frames/s per reader',
    'CPU µs per frame sent',
    'Updates measured',
    'Load-gen CPU %',
    'Reader loop delay p99 ms',
    'Other procs CPU %',
    'First reader p99 ms',
    'Last reader p50 ms',
    'Last reader p99 ms',
  ];
  const rows = results.map((r) => [
    showRound ? `${r.label} (round ${r.round})` : r.label,
    r.p50Ms.toFixed(1),
    r.p99Ms.toFixed(1),
    r.cpuSeconds.toFixed(2),
    ((100 * r.cpuSeconds) / r.windowSeconds).toFixed(0),
    r.startToReadyMs.toFixed(0),
    (r.idleRssBytes / (1024 * 1024)).toFixed(0),
    (r.peakRssBytes / (1024 * 1024)).toFixed(0),
    (r.startRssBytes / (1024 * 1024)).toFixed(0),
    (r.endRssBytes / (1024 * 1024)).toFixed(0),
    r.unexpectedCloses > 0 ? `${r.missed} (${r.unexpectedCloses} sockets closed)` : String(r.missed),
    r.framesPerReaderPerSecond.toFixed(0),
    r.cpuMicrosPerFrame.toFixed(1),
    String(r.measuredUpdates),
    r.loadgenCpuPercent.toFixed(0),
    r.readerLoopDelayP99Ms.toFixed(1),
    r.otherCpuPercent.toFixed(0),
    r.firstReaderP99Ms.toFixed(1),
    r.lastReaderP50Ms.toFixed(1),
    r.lastReaderP99Ms.toFixed(1),
  ]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
