import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

// Text formats worth compressing; images and fonts are compressed already.
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;
// Below this a compressed copy saves less than its own headers cost.
const MIN_BYTES = 1024;

/**
 * Writes `<file>.br` (quality 11) and `<file>.gz` (level 9) beside every compressible file of the
 * build, so the server negotiates a precompressed copy instead of compressing on each request.
 * node:zlib instead of a plugin package: twenty lines, no dependency to keep current.
 */
export function compressAssetsPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'weft-compress-assets',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    // After sw.js and index.html are written, so they are compressed too.
    async closeBundle() {
      await Promise.all(listFiles(outDir).filter(isCompressible).map(writeCompressedCopies));
    },
  };
}

export function isCompressible(file: string): boolean {
  return COMPRESSIBLE.test(file) && statSync(file).size >= MIN_BYTES;
}

async function writeCompressedCopies(file: string): Promise<void> {
  const source = readFileSync(file);
  const [br, gz] = await Promise.all([
    brotli(source, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: source.byteLength,
      },
    }),
    gzipAsync(source, { level: 9 }),
  ]);
  // A copy that is not smaller would only cost disk and a negotiation.
  if (br.byteLength < source.byteLength) writeFileSync(`${file}.br`, br);
  if (gz.byteLength < source.byteLength) writeFileSync(`${file}.gz`, gz);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}
