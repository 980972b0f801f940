import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  // One copy of React and Yjs even though the editor lives in client/ (Yjs breaks with two).
  resolve: { dedupe: ['react', 'react-dom', 'yjs', 'y-protocols'] },
  build: { sourcemap: false, emptyOutDir: true },
  logLevel: 'warn',
});
