import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;

/** What the service worker caches and when: see sw.template.js. */
export interface PrecachePlan {
  /** The entry chunk, its static imports and CSS: cached at install, needed by every page. */
  shell: string[];
  /** Every other chunk of the app, cached in the background once a page is interactive. */
  rest: string[];
  /** Chunks of one UI language (strings), cached only for the language in use. */
  languages: Record<string, string[]>;
}

/**
 * Emits `sw.js` from `sw.template.js` with the build's files split into shell, rest and
 * per-language chunks, versioned by their names, so a first visit downloads the shell and what
 * the page opens, and the rest follows in the background for the reader's language only.
 */
export function serviceWorkerPlugin(templatePath: string, languages: readonly string[]): Plugin {
  return {
    name: 'weft-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const plan = planPrecache(bundle, languages);
      const files = [...plan.shell, ...plan.rest, ...Object.values(plan.languages).flat()].sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync(templatePath, 'utf8')
        .replace('__VERSION__', version)
        .replace('__PRECACHE__', JSON.stringify(plan));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

export function planPrecache(bundle: OutputBundle, languages: readonly string[]): PrecachePlan {
  const shellNames = new Set<string>();
  const visit = (fileName: string) => {
    const item = bundle[fileName];
    if (item?.type !== 'chunk' || shellNames.has(fileName)) return;
    shellNames.add(fileName);
    for (const css of item.viteMetadata?.importedCss ?? []) shellNames.add(css);
    for (const dep of item.imports) visit(dep);
  };
  for (const item of Object.values(bundle)) if (item.type === 'chunk' && item.isEntry) visit(item.fileName);

  const byLanguage: Record<string, string[]> = Object.fromEntries(languages.map((l) => [l, []]));
  const rest: string[] = [];
  for (const item of Object.values(bundle)) {
    if (!/\.(js|css)$/.test(item.fileName) || item.fileName === 'sw.js' || shellNames.has(item.fileName))
      continue;
    const language = item.type === 'chunk' ? languageOf(item.facadeModuleId, languages) : null;
    (language ? (byLanguage[language] as string[]) : rest).push(`/${item.fileName}`);
  }
  return {
    shell: [...shellNames]
      .filter((f) => /\.(js|css)$/.test(f))
      .map((f) => `/${f}`)
      .sort(),
    rest: rest.sort(),
    languages: Object.fromEntries(Object.entries(byLanguage).map(([l, fs]) => [l, fs.sort()])),
  };
}

/** `locales/nl.ts`, `strings/vi.ts`, `whiteboardStrings.nl.json`: one language's strings. */
function languageOf(moduleId: string | null, languages: readonly string[]): string | null {
  if (!moduleId) return null;
  const parts = path.basename(moduleId).split('.');
  parts.pop();
  const code = parts.at(-1);
  return code && languages.includes(code) ? code : null;
}
