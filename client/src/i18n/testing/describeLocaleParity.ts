import { describe, expect, it } from 'vitest';

/** Every string of a (nested) strings object by its dotted key. */
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

/**
 * The tests every set of UI strings shares: each translation has exactly English's keys, none
 * empty, each with the same {{placeholders}}.
 */
export function describeLocaleParity(
  label: string,
  english: unknown,
  translations: Record<string, unknown>,
): void {
  const reference = leaves(english);

  describe(`${label}: English`, () => {
    it('has no empty string', () => {
      for (const [key, text] of reference) expect(text.trim(), key).not.toBe('');
    });
  });

  describe.each(Object.entries(translations))(`${label}: %s`, (_name, locale) => {
    const strings = leaves(locale);

    it('has every key English has', () => {
      expect([...reference.keys()].filter((k) => !strings.has(k))).toEqual([]);
    });

    it('has no key English lacks', () => {
      expect([...strings.keys()].filter((k) => !reference.has(k))).toEqual([]);
    });

    it('keeps the same placeholders and no empty string', () => {
      for (const [key, text] of strings) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(reference.get(key) ?? ''));
      }
    });
  });
}
