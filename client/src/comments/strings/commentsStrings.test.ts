import { describe, expect, it } from 'vitest';
import { commentsEn } from './en.ts';
import { commentsNl } from './nl.ts';
import { commentsVi } from './vi.ts';

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

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
const reference = leaves(commentsEn);

describe.each([
  ['nl', commentsNl],
  ['vi', commentsVi],
])('comments strings %s', (_name, locale) => {
  const strings = leaves(locale);

  it('has exactly the keys English has, none empty, with the same placeholders', () => {
    expect([...reference.keys()].filter((k) => !strings.has(k))).toEqual([]);
    expect([...strings.keys()].filter((k) => !reference.has(k))).toEqual([]);
    for (const [key, text] of strings) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(reference.get(key) ?? ''));
    }
  });
});
