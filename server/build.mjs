// Bundles the server and its workspace packages into dist/main.js; npm dependencies stay external.
import { build } from 'esbuild';

await build({
  // The exporter runs in its own process, so it is its own file (createProcessExporter.ts).
  entryPoints: { main: 'src/main.ts', exportProcess: 'src/services/actionPlan/exportProcess.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  packages: 'external',
  alias: {
    '@weft/protocol': '../packages/protocol/src/index.ts',
    '@weft/model': '../packages/model/src/index.ts',
    '@weft/export': '../packages/export/src/index.ts',
  },
});
