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
  return [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? ''))].sort();
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** `a.count_one` -> `a.count`; null for a key that is not a plural form. */
function pluralBase(key: string): string | null {
  return PLURAL_SUFFIX.test(key) ? key.replace(PLURAL_SUFFIX, '') : null;
}

/**
 * The keys `language` must have, given English's: every plain key, and for every plural key
 * (`x_one`, `x_other` in English) the forms of the language's own plural rules, plus `x_zero`
 * where English has one (i18next uses it for a count of 0 in any language).
 */
export function expectedKeys(reference: Map<string, string>, language: string): Set<string> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const out = new Set<string>();
  for (const key of reference.keys()) {
    const base = pluralBase(key);
    if (base === null) out.add(key);
    else {
      for (const category of categories) out.add(`${base}_${category}`);
      if (reference.has(`${base}_zero`)) out.add(`${base}_zero`);
    }
  }
  return out;
}

/**
 * The tests every set of UI strings shares: each translation has exactly the keys English has
 * (plural forms by that language's rules), none empty, each with English's {{placeholders}} (a
 * plural form may leave out {{count}}, e.g. "Add a comment" for none).
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

    it('has every plural form English needs', () => {
      expect([...expectedKeys(reference, 'en')].filter((k) => !reference.has(k))).toEqual([]);
    });
  });

  describe.each(Object.entries(translations))(`${label}: %s`, (language, locale) => {
    const strings = leaves(locale);
    const expected = expectedKeys(reference, language);

    it('has every key (and plural form) its language needs', () => {
      expect([...expected].filter((k) => !strings.has(k))).toEqual([]);
    });

    it('has no key English lacks and no plural form its language does not use', () => {
      expect([...strings.keys()].filter((k) => !expected.has(k))).toEqual([]);
    });

    it('keeps the same placeholders and no empty string', () => {
      for (const [key, text] of strings) {
        expect(text.trim(), key).not.toBe('');
        const base = pluralBase(key);
        if (base === null) {
          expect(placeholders(text), key).toEqual(placeholders(reference.get(key) ?? ''));
        } else {
          const allowed = placeholders(reference.get(`${base}_other`) ?? '');
          expect(
            placeholders(text).filter((p) => !allowed.includes(p)),
            key,
          ).toEqual([]);
        }
      }
    });
  });
}
