import { describe, expect, it } from 'vitest';
import en from './whiteboardStrings.en.json';
import nl from './whiteboardStrings.nl.json';
import { createTranslate } from './whiteboardStrings.ts';
import vi from './whiteboardStrings.vi.json';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

describe.each([
  ['nl', nl as Record<string, string>],
  ['vi', vi as Record<string, string>],
])('whiteboard strings %s', (_name, strings) => {
  it('has exactly the keys English has, each non-empty with the same placeholders', () => {
    expect(Object.keys(strings).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(strings)) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders((en as Record<string, string>)[key] ?? ''));
    }
  });
});

describe('createTranslate', () => {
  it('prefers the given strings, falls back to English and fills placeholders', () => {
    const t = createTranslate(undefined, { undo: 'Ongedaan maken' });
    expect(t('undo')).toBe('Ongedaan maken');
    expect(t('redo')).toBe('Redo');
    expect(t('actionItemDone', { plan: 'Kế hoạch' })).toBe('Added to Kế hoạch.');
  });
});
