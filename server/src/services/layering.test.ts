import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '..');

function importsOf(dir: string): { file: string; from: string }[] {
  const found: { file: string; from: string }[] = [];
  for (const entry of fs.readdirSync(path.join(src, dir), { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.ts')) continue;
    const file = path.join(dir, entry);
    const text = fs.readFileSync(path.join(src, file), 'utf8');
    for (const m of text.matchAll(/from '([^']+)'/g)) found.push({ file, from: m[1] as string });
  }
  return found;
}

it('[LY1] services and auth never import the HTTP layer: they raise domain errors', () => {
  const upward = [...importsOf('services'), ...importsOf('auth')].filter(({ from }) =>
    /(^|\/)http\//.test(from),
  );
  expect(upward).toEqual([]);
});
