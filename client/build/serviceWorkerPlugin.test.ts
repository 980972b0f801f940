import { describe, expect, it } from 'vitest';
import { planPrecache } from './serviceWorkerPlugin.ts';

type Bundle = Parameters<typeof planPrecache>[0];

function chunk(
  fileName: string,
  opts: { entry?: boolean; imports?: string[]; css?: string[]; facade?: string },
) {
  return {
    type: 'chunk',
    fileName,
    isEntry: opts.entry ?? false,
    imports: opts.imports ?? [],
    facadeModuleId: opts.facade ?? null,
    viteMetadata: { importedCss: new Set(opts.css ?? []), importedAssets: new Set<string>() },
  };
}

const bundle = Object.fromEntries(
  [
    chunk('assets/index-a.js', {
      entry: true,
      imports: ['assets/runtime-b.js'],
      css: ['assets/index-c.css'],
    }),
    chunk('assets/runtime-b.js', {}),
    chunk('assets/NotePage-d.js', {
      imports: ['assets/runtime-b.js'],
      facade: '/app/src/editors/notes/NotePage.tsx',
    }),
    chunk('assets/nl-e.js', { facade: '/app/src/i18n/locales/nl.ts' }),
    chunk('assets/whiteboardStrings.vi-f.js', {
      facade: '/app/src/editors/whiteboard/whiteboardStrings.vi.json',
    }),
    chunk('assets/io-g.js', { facade: '/app/src/lib/io.ts' }),
    { type: 'asset', fileName: 'assets/index-c.css' },
    { type: 'asset', fileName: 'sw.js' },
  ].map((item) => [item.fileName, item]),
) as unknown as Bundle;

describe('planPrecache', () => {
  const plan = planPrecache(bundle, ['en', 'nl', 'vi']);

  it('puts the entry chunk, its static imports and its CSS in the shell', () => {
    expect(plan.shell).toEqual(['/assets/index-a.js', '/assets/index-c.css', '/assets/runtime-b.js']);
  });

  it("keeps each language's strings apart, by the module's name, and the rest together", () => {
    expect(plan.languages).toEqual({
      en: [],
      nl: ['/assets/nl-e.js'],
      vi: ['/assets/whiteboardStrings.vi-f.js'],
    });
    // A two-letter module that is no UI language stays with the rest; sw.js is never cached.
    expect(plan.rest).toEqual(['/assets/NotePage-d.js', '/assets/io-g.js']);
  });
});
