import type { Plugin } from 'vite';

const LIB0_DOM = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?lib0\/dom\.js$/;

/**
 * lib0/dom builds four schema validators at load time (`$.$custom(...)`) that nothing in Weft
 * reads, and that keep lib0/schema (~2.3 kB gzip) on the notes route. Marking those calls pure
 * lets tree-shaking drop both. Only this file is touched: a global `manualPureFunctions: ['$']`
 * would also drop calls like perfect-freehand's `$.push(...)`.
 */
export function pureLib0DomPlugin(): Plugin {
  return {
    name: 'weft-pure-lib0-dom',
    apply: 'build',
    transform(code, id) {
      if (!LIB0_DOM.test(id)) return null;
      return { code: code.replaceAll('= $.$custom(', '= /* @__PURE__ */ $.$custom('), map: null };
    },
  };
}
