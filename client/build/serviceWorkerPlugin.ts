import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Emits `sw.js` from `sw.template.js` with the list of built JS/CSS files to precache, versioned
 * by their names, so an offline reload finds every chunk (the notes editor included).
 */
export function serviceWorkerPlugin(templatePath: string): Plugin {
  return {
    name: 'weft-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((f) => /\.(js|css)$/.test(f) && f !== 'sw.js')
        .sort()
        .map((f) => `/${f}`);
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync(templatePath, 'utf8')
        .replace('__VERSION__', version)
        .replace('__PRECACHE__', JSON.stringify(files));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
