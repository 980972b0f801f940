// Bundles the compiled main thread (dist/main.js, from tsc) into bundle/, which `pnpm start` runs:
// ~20 files instead of ~940 modules costs the idle process ~8 MB less RSS (docs/benchmarks.md).
// Run after `tsc -p tsconfig.build.json` (the server's `build` script does both).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE_DIR = path.join(SERVER_DIR, 'bundle');

/**
 * Left out of the bundle and loaded from node_modules as today: native addons (better-sqlite3,
 * sharp, pg's optional pg-native), and packages only loaded on first use or when configured, so
 * they stay out of an idle process and `test/startupModules.test.ts` can still see them load.
 * `@weft/export` also serves the export worker threads, which piscina starts from its package.
 */
const EXTERNAL = [
  'better-sqlite3',
  'sharp',
  'pg',
  'pg-native',
  'piscina',
  '@weft/export',
  '@weft/export/*',
  '@zxcvbn-ts/*',
  'redis',
  '@redis/*',
  '@socket.io/redis-adapter',
  'file-type',
  'nodemailer',
];

/**
 * zod re-exports all its ~60 message locales (`z.locales`), and scope hoisting evaluates every one
 * at start. Weft only ever uses the default, `en` (which zod configures itself), so the bundle's
 * `z.locales` holds `en` alone: ~290 kB less code in the chunk loaded at start, ~4 MB less idle RSS
 * (docs/benchmarks.md). Messages and validation are unchanged.
 */
const zodEnglishLocaleOnly: Plugin = {
  name: 'zod-english-locale-only',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({
      contents: "export { default as en } from './en.js';",
      loader: 'js',
    }));
  },
};

export async function bundleServer(): Promise<void> {
  fs.rmSync(BUNDLE_DIR, { recursive: true, force: true });
  await build({
    entryPoints: [path.join(SERVER_DIR, 'dist/main.js')],
    outdir: BUNDLE_DIR,
    bundle: true,
    // Every lazy `import()` stays a separate chunk, loaded on first use as before.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Whitespace and syntax only: identifiers keep their names, so logged stack traces stay
    // readable. (Renaming identifiers too measured ~3 MB more idle RSS, not less.)
    minifyWhitespace: true,
    minifySyntax: true,
    // Linked maps beside the chunks, chained through tsc's maps to the TypeScript sources; for
    // `node --enable-source-maps` when debugging (it costs ~37 MB RSS, so `pnpm start` leaves it off).
    sourcemap: 'linked',
    external: EXTERNAL,
    plugins: [zodEnglishLocaleOnly],
    // CommonJS packages (express, ...) bundled into an ES module still call require().
    banner: {
      js: "import { createRequire as __weftRequire } from 'node:module'; const require = __weftRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  // The snapshot merge worker is started by URL relative to the code that starts it (now a chunk in
  // bundle/); it imports only yjs, resolved from server/node_modules.
  fs.copyFileSync(
    path.join(SERVER_DIR, 'dist/storage/mergeWorker.mjs'),
    path.join(BUNDLE_DIR, 'mergeWorker.mjs'),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await bundleServer();
