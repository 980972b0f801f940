import { describe, expect, it } from 'vitest';
import { LANGUAGE_NAMES, toUiLanguage, UI_LANGUAGES } from './languages.ts';

describe('UI languages', () => {
  it('offers every language the API knows, each named in itself', () => {
    expect(UI_LANGUAGES).toEqual(['en', 'nl', 'vi', 'hi']);
    expect(LANGUAGE_NAMES.hi).toBe('हिन्दी');
  });

  it('maps browser and account language tags to a UI language', () => {
    expect(toUiLanguage('hi-IN')).toBe('hi');
    expect(toUiLanguage('HI')).toBe('hi');
    expect(toUiLanguage('vi-VN')).toBe('vi');
    expect(toUiLanguage('mr-IN')).toBeNull();
    expect(toUiLanguage('')).toBeNull();
  });
});
