import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { ensureServerBuild } from '../../server/scripts/buildIfStale.ts';
import { BENCH_DIR, type ServerSpec, WEFT_SERVER_DIR } from './serverSpecs.ts';

/** How to start one server: `node <args>` in `cwd`, with `env` on top of the spec's. */
export interface ServerLaunch {
  args: string[];
  cwd: string;
  env?: Record<string, string>;
}

/**
 * Weft runs as `pnpm start` runs it: `node <its flags> bundle/main.js` in `server/`, built first when
 * stale.
 * The other servers are launchers of ours around npm packages, bundled to plain JS.
 * `weftEntry` swaps in another checkout's Weft: a `.ts` entry runs from source under tsx from the
 * nearest folder with a package.json (its `server/`), anything else under plain node.
 */
export async function prepareServerLaunch(spec: ServerSpec, weftEntry: string | null): Promise<ServerLaunch> {
  if (spec.kind === 'weft') {
    if (!weftEntry) {
      ensureServerBuild();
      return {
        args: [...weftStartFlags(), path.relative(WEFT_SERVER_DIR, spec.source)],
        cwd: WEFT_SERVER_DIR,
        env: weftStartEnv(),
      };
    }
    const entry = path.resolve(weftEntry);
    if (!fs.existsSync(entry)) throw new Error(`--weft-entry ${entry} does not exist`);
    const cwd = packageDirOf(entry);
    const fromSource = ['--conditions=@weft/source', '--import', 'tsx', entry];
    return { args: entry.endsWith('.ts') ? fromSource : [entry], cwd };
  }
  const outfile = path.join(BENCH_DIR, 'dist/servers', `${spec.name}.js`);
  await build({
    entryPoints: [spec.source],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Our launcher code inlined, npm packages loaded from node_modules.
    packages: 'external',
    logLevel: 'error',
  });
  return { args: [outfile], cwd: BENCH_DIR };
}

function packageDirOf(file: string): string {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.dirname(file);
  }
}

function weftStartScript(): string {
  return JSON.parse(fs.readFileSync(path.join(WEFT_SERVER_DIR, 'package.json'), 'utf8')).scripts.start;
}

/**
 * The variables the server's `start` script sets before `node` (e.g. `MALLOC_ARENA_MAX=2`), so the
 * bench runs Weft with the same environment `pnpm start` gives it.
 */
export function weftStartEnv(startScript: string = weftStartScript()): Record<string, string> {
  const words = startScript.trim().split(/\s+/);
  const env: Record<string, string> = {};
  for (const word of words.slice(0, Math.max(0, words.indexOf('node')))) {
    const eq = word.indexOf('=');
    if (eq > 0) env[word.slice(0, eq)] = word.slice(eq + 1);
  }
  return env;
}

/**
 * The node flags of the server's `start` script (`NODE_ENV=production node <flags> bundle/main.js`),
 * so the bench runs Weft with exactly the flags `pnpm start` uses.
 */
export function weftStartFlags(startScript: string = weftStartScript()): string[] {
  const words = startScript.trim().split(/\s+/);
  const node = words.indexOf('node');
  const entry = words.findIndex((w) => w.endsWith('/main.js'));
  if (node < 0 || entry < node)
    throw new Error(`unexpected start script in server/package.json: ${startScript}`);
  return words.slice(node + 1, entry);
}
