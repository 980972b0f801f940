// Builds the client only when client/dist is missing or older than its sources (used by
// `pnpm start` and the e2e fixtures). Run directly: `tsx scripts/buildIfStale.ts`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CLIENT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPO_ROOT = path.resolve(CLIENT_DIR, '..');
const SOURCES = ['src', 'build', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) {
    if (child === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/** Builds the client once when `client/dist` is missing or older than its sources. */
export function ensureClientBuild(): void {
  const built = path.join(CLIENT_DIR, 'dist', 'index.html');
  const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
  const packagesDir = path.join(REPO_ROOT, 'packages');
  const sources = [
    ...SOURCES.map((s) => path.join(CLIENT_DIR, s)),
    ...fs.readdirSync(packagesDir).map((p) => path.join(packagesDir, p, 'src')),
  ];
  if (builtAt > Math.max(...sources.map(newestMtime))) return;
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  execFileSync('pnpm', ['--filter', '@weft/client', 'build'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) ensureClientBuild();
