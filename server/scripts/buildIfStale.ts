// Compiles (and bundles) the server and the workspace packages only when server/bundle is missing or older than
// their sources (used by `pnpm start` and the e2e fixtures). Run directly: `tsx scripts/buildIfStale.ts`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPO_ROOT = path.resolve(SERVER_DIR, '..');
/** The bundled entry `pnpm start` runs; the server bundles last, so this file is the newest output. */
export const SERVER_ENTRY = path.join(SERVER_DIR, 'bundle', 'main.js');

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) {
    if (child === 'node_modules' || child === 'dist' || child === 'bundle') continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/** Builds `server/dist`, `server/bundle` (and each package's dist) once when missing or older than the sources. */
export function ensureServerBuild(): void {
  const packagesDir = path.join(REPO_ROOT, 'packages');
  const packages = fs.readdirSync(packagesDir).map((p) => path.join(packagesDir, p));
  const outputs = [SERVER_ENTRY, ...packages.map((p) => path.join(p, 'dist'))];
  const builtAt = outputs.every((o) => fs.existsSync(o)) ? fs.statSync(SERVER_ENTRY).mtimeMs : 0;
  const sources = [SERVER_DIR, ...packages, path.join(REPO_ROOT, 'tsconfig.base.json')].flatMap((dir) =>
    dir.endsWith('.json')
      ? [dir]
      : ['src', 'package.json', 'tsconfig.build.json'].map((s) => path.join(dir, s)),
  );
  sources.push(path.join(REPO_ROOT, 'tsconfig.build.json'), path.join(SERVER_DIR, 'scripts/bundleServer.ts'));
  if (builtAt > Math.max(...sources.map(newestMtime))) return;
  execFileSync('pnpm', ['build:server'], { cwd: REPO_ROOT, stdio: 'inherit' });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) ensureServerBuild();
