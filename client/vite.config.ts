import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compressAssetsPlugin } from './build/compressAssetsPlugin.ts';
import { serviceWorkerPlugin } from './build/serviceWorkerPlugin.ts';
import { UI_LANGUAGES } from './src/i18n/languages.ts';

const apiTarget = process.env.WEFT_DEV_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  // Workspace packages are bundled from their TypeScript source (their dist is the server's).
  resolve: { conditions: ['@weft/source', 'module', 'browser', 'development|production'] },
  plugins: [
    react(),
    serviceWorkerPlugin(fileURLToPath(new URL('./build/sw.template.js', import.meta.url)), UI_LANGUAGES),
    compressAssetsPlugin(),
  ],
  server: {
    proxy: {
      '/api': apiTarget,
      '/healthz': apiTarget,
      '/readyz': apiTarget,
      '/yjs': { target: apiTarget, ws: true },
      '/socket.io': { target: apiTarget, ws: true },
    },
  },
  // The manifest lets scripts/bundleSize.ts measure what each route loads.
  // Every browser Weft supports has modulepreload; the polyfill would cost every route ~0.4 kB gzip.
  build: {
    outDir: 'dist',
    sourcemap: true,
    manifest: true,
    chunkSizeWarningLimit: 600,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // Small helpers shared by the document routes: one request instead of seven (each
              // request costs ~0.5 kB of headers on a weak connection).
              name: 'shared',
              test: /client\/src\/(app\/usePageTitle|app\/documentPath|components\/Unavailable|lib\/formatDateTime|live\/followTargets|components\/useReturnFocus|api\/types|collab\/userColor|lib\/contrastRatio|components\/presenceChanges|components\/useAnnouncement|components\/PresenceAvatars|live\/socket)\./,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
});
