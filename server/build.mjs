// Bundles the server and its workspace packages into dist/main.js; npm dependencies stay external.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  packages: 'external',
  alias: {
    '@weft/protocol': '../packages/protocol/src/index.ts',
    '@weft/model': '../packages/model/src/index.ts',
  },
});
