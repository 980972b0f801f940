import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  url: string;
  wsUrl: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything the process wrote to stdout and stderr so far (pino JSON lines). */
  output(): string;
}

const running = new Set<ChildProcess>();

/** SIGKILLs every server a test started and did not stop (call it in afterEach). */
export function killSpawnedServers(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/**
 * Runs `server/src/main.ts` in a child process (so a test can SIGKILL it) on a free port.
 * `nodeArgs` replaces the node arguments (run from `server/`), e.g. to run the compiled `dist/main.js`.
 */
export function spawnServer(
  env: Record<string, string>,
  opts: { startTimeoutMs?: number; nodeArgs?: string[] } = {},
): Promise<ServerProcess> {
  const args = opts.nodeArgs ?? ['--conditions=@weft/source', '--import', 'tsx', 'src/main.ts'];
  const child = spawn(process.execPath, args, {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SCRYPT_COST: '10',
      METRICS_PORT: 'off',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start:\n${out}\n${err}`));
    }, opts.startTimeoutMs ?? 90_000);
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const match = out.match(/"port":(\d+)[^\n]*"msg":"weft listening"/);
      if (match) {
        clearTimeout(timer);
        const port = Number(match[1]);
        resolve({
          child,
          port,
          url: `http://127.0.0.1:${port}`,
          wsUrl: `ws://127.0.0.1:${port}/yjs`,
          exited,
          output: () => out + err,
        });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited early (${code}):\n${out}\n${err}`));
    });
  });
}
