import en from './whiteboardStrings.en.json';

export type WhiteboardStringKey = keyof typeof en;
export type WhiteboardStrings = Record<WhiteboardStringKey, string>;
/** An i18next-style translate function; return undefined (or the key) to fall back to English. */
export type WhiteboardTranslate = (
  key: WhiteboardStringKey,
  vars?: Record<string, string | number>,
) => string | undefined;
export type Translate = (key: WhiteboardStringKey, vars?: Record<string, string | number>) => string;

export const whiteboardStringsEn: WhiteboardStrings = en;

function interpolate(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) =>
    name in vars ? String(vars[name]) : m,
  );
}

/** Picks, per key, the host's `t`, then the `strings` override, then English. */
export function createTranslate(t?: WhiteboardTranslate, strings?: Partial<WhiteboardStrings>): Translate {
  return (key, vars) => {
    const fromT = t?.(key, vars);
    if (fromT !== undefined && fromT !== key) return fromT;
    return interpolate(strings?.[key] ?? en[key], vars);
  };
}
