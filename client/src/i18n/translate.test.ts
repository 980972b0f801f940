import { describe, expect, it } from 'vitest';
import { en } from './locales/en.ts';
import { vi } from './locales/vi.ts';
import { translate } from './translate.ts';

describe('translate', () => {
  it('finds nested keys and fills placeholders', () => {
    expect(translate(vi, en, 'presence.you', { name: 'Lan' })).toBe('Lan (bạn)');
    expect(translate(en, en, 'auth.passwordHint', { count: 10 })).toBe('At least 10 characters.');
  });

  it('falls back to English, then to the key', () => {
    const partial = { ...vi, common: { ...vi.common, save: undefined } } as unknown as typeof vi;
    expect(translate(partial, en, 'common.save')).toBe('Save');
    expect(translate(vi, en, 'no.such.key')).toBe('no.such.key');
  });

  it('leaves unknown placeholders visible', () => {
    expect(translate(en, en, 'presence.you', {})).toBe('{{name}} (you)');
  });
});
