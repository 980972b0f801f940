import fs from 'node:fs';

// USER_HZ: the kernel reports utime/stime in these ticks; 100 on every Linux ABI Node runs on.
const CLOCK_TICKS_PER_SECOND = 100;

/** utime + stime in seconds from the text of `/proc/<pid>/stat`. */
export function parseCpuSeconds(statText: string): number {
  // The command name (field 2) may contain spaces and parentheses, so count fields after the last ')'.
  const close = statText.lastIndexOf(')');
  if (close < 0) throw new Error('unexpected /proc/<pid>/stat format');
  const fields = statText
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  // Fields 14 and 15 of stat(5); fields[0] here is field 3 (state).
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime))
    throw new Error('no utime/stime in /proc/<pid>/stat');
  return (utime + stime) / CLOCK_TICKS_PER_SECOND;
}

/** A `kB` field such as `VmHWM` or `VmRSS` of `/proc/<pid>/status`, in bytes. */
export function parseStatusBytes(statusText: string, field: 'VmHWM' | 'VmRSS'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB$`, 'm').exec(statusText);
  if (!match) throw new Error(`no ${field} in /proc/<pid>/status`);
  return Number(match[1]) * 1024;
}

export function readCpuSeconds(pid: number): number {
  return parseCpuSeconds(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
}

/** Peak resident set size of the process so far (the kernel's high-water mark). */
export function readPeakRssBytes(pid: number): number {
  return parseStatusBytes(fs.readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmHWM');
}

/** Resident set size of the process now. */
export function readRssBytes(pid: number): number {
  return parseStatusBytes(fs.readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmRSS');
}

/** CPU seconds the whole machine spent busy (user, nice, system, irq, softirq) from `/proc/stat`. */
export function parseSystemBusySeconds(procStatText: string): number {
  const line = procStatText.split('\n', 1)[0] ?? '';
  const fields = line.trim().split(/\s+/);
  if (fields[0] !== 'cpu') throw new Error('unexpected /proc/stat format');
  const [user, nice, system, , , irq, softirq] = fields.slice(1, 8).map(Number);
  const busy = [user, nice, system, irq, softirq];
  if (busy.some((v) => v === undefined || !Number.isFinite(v)))
    throw new Error('unexpected /proc/stat format');
  return busy.reduce<number>((sum, v) => sum + (v as number), 0) / CLOCK_TICKS_PER_SECOND;
}

export function readSystemBusySeconds(): number {
  return parseSystemBusySeconds(fs.readFileSync('/proc/stat', 'utf8'));
}
