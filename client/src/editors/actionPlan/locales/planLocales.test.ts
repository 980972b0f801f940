import { describe, expect, it } from 'vitest';
import { planEn } from './en.ts';
import { planNl } from './nl.ts';
import { planVi } from './vi.ts';

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

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

const reference = leaves(planEn);

describe.each([
  ['nl', planNl],
  ['vi', planVi],
])('plan locale %s', (_name, locale) => {
  const strings = leaves(locale);

  it('has exactly the keys English has', () => {
    expect([...reference.keys()].filter((k) => !strings.has(k))).toEqual([]);
    expect([...strings.keys()].filter((k) => !reference.has(k))).toEqual([]);
  });

  it('keeps the same placeholders and no empty string', () => {
    for (const [key, text] of strings) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(reference.get(key) ?? ''));
    }
  });
});
