import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
import { BENCH_DIR, type ServerSpec } from './serverSpecs.ts';

/**
 * Builds `spec` to JavaScript so every server runs on plain `node`, as in production: a tsx loader
 * would add a compiler thread whose memory grows with the amount of TypeScript it compiles.
 */
export async function buildServerEntry(spec: ServerSpec): Promise<string> {
  if (spec.name === 'weft') {
    // Weft's own production build (server/build.mjs), so the bench runs what `pnpm start` runs.
    const serverDir = path.dirname(path.dirname(spec.source));
    const built = spawnSync(process.execPath, ['build.mjs'], { cwd: serverDir, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`building Weft failed:\n${built.stderr}`);
    return path.join(serverDir, 'dist/main.js');
  }
  // Bundled like Weft's build: our launcher code inlined, npm packages loaded from node_modules.
  const outfile = path.join(BENCH_DIR, 'dist/servers', `${spec.name}.js`);
  await build({
    entryPoints: [spec.source],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}
