import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { parseServerName, SERVER_NAMES, type ServerName } from './serverSpecs.ts';

export interface BenchOptions {
  readers: number;
  writers: number;
  rate: number;
  warmupSeconds: number;
  durationSeconds: number;
  servers: ServerName[];
  /** Times the whole server list is run, its order rotated each round to spread background noise. */
  rounds: number;
  /** Directory for V8 CPU profiles of each server, or null for none. */
  cpuProfileDir: string | null;
  /** Another Weft entry (e.g. another checkout's server/src/main.ts) to run instead of this server/. */
  weftEntry: string | null;
  /** Threads the readers are spread over; 1 reads every socket in the main thread. */
  readerThreads: number;
  help: boolean;
}

export class BenchOptionsError extends Error {
  override name = 'BenchOptionsError';
}

export const BENCH_USAGE = `Usage: pnpm bench [options]   (each option also reads BENCH_<NAME> from the environment)
  --readers N      reader clients (default 200)
  --writers N      writer clients (default 4)
  --rate N         updates per second per writer (default 25)
  --duration S     measured seconds (default 20)
  --warmup S       unmeasured seconds of writing first (default 3)
  --servers LIST   comma list of ${SERVER_NAMES.join(',')} (default: these, in that order)
                   and weft-batch<N>: Weft with SYNC_BATCH_MS=N (0-1000), e.g. weft,weft-batch20,hocuspocus
  --rounds N       run the list N times, rotating its order; prints medians too (default 1)
  --quick          smoke test: 20 readers, 2 writers x 10/s, 3 s (explicit options still win)
  --cpu-prof DIR   write a V8 CPU profile of each server into DIR
  --reader-threads N  worker threads the readers are spread over (default: one per 1,000 readers, at most
                   one per core), so one event loop reading 2,000 sockets does not add its own queueing
  --weft-entry F   run this Weft entry for the weft* servers instead of server/bundle/main.js, e.g. another
                   checkout's server/src/main.ts (.ts runs under tsx from its package folder, .js on plain node)`;

const DEFAULTS = { readers: 200, writers: 4, rate: 25, duration: 20, warmup: 3, rounds: 1 };
const QUICK = { readers: 20, writers: 2, rate: 10, duration: 3, warmup: 1, rounds: 1 };

/** Reads CLI flags, falling back to BENCH_* variables, then to the defaults (or --quick's). */
export function parseBenchOptions(
  argv: string[],
  env: NodeJS.ProcessEnv = {},
  cores: number = availableParallelism(),
): BenchOptions {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    throw new BenchOptionsError((err as Error).message);
  }
  const { values } = parsed;
  const quick = values.quick === true || env.BENCH_QUICK === '1';
  const base = quick ? QUICK : DEFAULTS;
  const pick = (name: keyof typeof DEFAULTS) => values[name] ?? env[`BENCH_${name.toUpperCase()}`];

  const serverList = (values.servers ?? env.BENCH_SERVERS ?? SERVER_NAMES.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const unknown = serverList.filter((s) => parseServerName(s) === null);
  if (unknown.length > 0 || serverList.length === 0) {
    throw new BenchOptionsError(
      `--servers takes a comma list of ${SERVER_NAMES.join(', ')} or weft-batch<N> (N = 0-1000 ms); ` +
        `got "${unknown.join(',')}"`,
    );
  }

  const readers = integer('readers', pick('readers'), base.readers, 1, 5000);
  return {
    readers,
    writers: integer('writers', pick('writers'), base.writers, 1, 100),
    rate: number('rate', pick('rate'), base.rate, 0.1, 1000),
    durationSeconds: number('duration', pick('duration'), base.duration, 1, 3600),
    warmupSeconds: number('warmup', pick('warmup'), base.warmup, 0, 600),
    servers: [...new Set(serverList.map((s) => parseServerName(s) as ServerName))],
    rounds: integer('rounds', pick('rounds'), base.rounds, 1, 20),
    cpuProfileDir: values['cpu-prof'] ?? env.BENCH_CPU_PROF ?? null,
    weftEntry: values['weft-entry'] ?? env.BENCH_WEFT_ENTRY ?? null,
    readerThreads: integer(
      'reader-threads',
      values['reader-threads'] ?? env.BENCH_READER_THREADS,
      Math.max(1, Math.min(cores, Math.ceil(readers / 1000))),
      1,
      64,
    ),
    help: values.help === true,
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      readers: { type: 'string' },
      writers: { type: 'string' },
      rate: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      servers: { type: 'string' },
      rounds: { type: 'string' },
      quick: { type: 'boolean' },
      'cpu-prof': { type: 'string' },
      'weft-entry': { type: 'string' },
      'reader-threads': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function number(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new BenchOptionsError(`--${name} must be a number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function integer(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  const value = number(name, raw, fallback, min, max);
  if (!Number.isInteger(value)) throw new BenchOptionsError(`--${name} must be a whole number, got "${raw}"`);
  return value;
}
