import { describe, expect, it } from 'vitest';
import { describeLocaleParity } from '../../i18n/testing/describeLocaleParity.ts';
import en from './whiteboardStrings.en.json';
import hi from './whiteboardStrings.hi.json';
import nl from './whiteboardStrings.nl.json';
import { createTranslate } from './whiteboardStrings.ts';
import vi from './whiteboardStrings.vi.json';

describeLocaleParity('whiteboard strings', en, { nl, vi, hi });

describe('createTranslate', () => {
  it('prefers the given strings, falls back to English and fills placeholders', () => {
    const t = createTranslate(undefined, { undo: 'Ongedaan maken' });
    expect(t('undo')).toBe('Ongedaan maken');
    expect(t('redo')).toBe('Redo');
    expect(t('actionItemDone', { plan: 'Kế hoạch' })).toBe('Added to Kế hoạch.');
  });
});
