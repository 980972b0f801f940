import { describe, expect, it } from 'vitest';
import { liveEn } from './en.ts';
import { liveNl } from './nl.ts';
import { liveVi } from './vi.ts';

function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value !== 'object' || value === null) return out;
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') out.set(path, child);
    else for (const [p, s] of leaves(child, path)) out.set(p, s);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const reference = leaves(liveEn);

describe.each([
  ['nl', liveNl],
  ['vi', liveVi],
])('live strings %s', (_name, locale) => {
  const strings = leaves(locale);
  it('has exactly the English keys, each with the same placeholders and non-empty', () => {
    expect([...strings.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [key, text] of strings) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(reference.get(key) ?? ''));
    }
  });
});
