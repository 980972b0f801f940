import type { LocaleStrings } from './locales/en.ts';

export type TranslateVars = Record<string, string | number>;

function lookup(strings: LocaleStrings, key: string): string | undefined {
  let node: unknown = strings;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * Looks `key` up (dotted path) in `strings`, then in `fallback` (English), and fills
 * `{{name}}` placeholders. A missing key shows the key itself, which a test would catch.
 */
export function translate(
  strings: LocaleStrings,
  fallback: LocaleStrings,
  key: string,
  vars?: TranslateVars,
): string {
  const template = lookup(strings, key) ?? lookup(fallback, key) ?? key;
  if (!vars) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
