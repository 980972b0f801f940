// Measures what the browser downloads to open a note: the entry chunk plus the notes route
// chunk and everything they import statically, gzip-compressed. Run: pnpm --filter @weft/client size
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const BUDGET_BYTES = 250_000;
const NOTES_ROUTE = 'src/editors/notes/NotePage.tsx';
// Code that must never load on the notes route.
const FORBIDDEN = [/whiteboard/i, /actionPlan/i, /export/i];

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;

function staticClosure(keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no chunk ${key}`);
    seen.add(key);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const key of keys) visit(key);
  return seen;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
if (!entryKey) throw new Error('no entry chunk in the manifest (build with build.manifest: true)');
const keys = staticClosure([entryKey, NOTES_ROUTE]);

let rawTotal = 0;
let gzipTotal = 0;
let cssGzip = 0;
const rows: string[] = [];
for (const key of keys) {
  const chunk = manifest[key] as ManifestChunk;
  const bytes = readFileSync(path.join(dist, chunk.file));
  const gz = gzipSync(bytes, { level: 9 }).byteLength;
  rawTotal += bytes.byteLength;
  gzipTotal += gz;
  rows.push(`  ${(gz / 1000).toFixed(1).padStart(7)} kB  ${chunk.file}`);
  for (const css of chunk.css ?? [])
    cssGzip += gzipSync(readFileSync(path.join(dist, css)), { level: 9 }).byteLength;
}

const leaked = [...keys].filter((k) =>
  FORBIDDEN.some((re) => re.test(k) || re.test(manifest[k]?.file ?? '')),
);
console.log('Notes route, initial JavaScript (entry + notes route + their static imports), gzip -9:');
for (const row of rows.sort().reverse()) console.log(row);
console.log(
  `  total: ${(gzipTotal / 1000).toFixed(1)} kB gzip (${(rawTotal / 1000).toFixed(1)} kB raw), CSS ${(cssGzip / 1000).toFixed(1)} kB gzip`,
);
console.log(`  budget: ${BUDGET_BYTES / 1000} kB gzip`);
if (leaked.length > 0) {
  console.error(`FAIL: the notes route loads code of other editors or export: ${leaked.join(', ')}`);
  process.exit(1);
}
if (gzipTotal > BUDGET_BYTES) {
  console.error(`FAIL: ${gzipTotal} bytes is over the budget of ${BUDGET_BYTES}`);
  process.exit(1);
}
