import { describe, expect, it } from 'vitest';
import { diffText, transformIndex } from './textBinding.ts';
import { wrapText } from './textLayout.ts';

const mono = (t: string) => Array.from(t).length * 10;

describe('wrapText', () => {
  it('wraps at spaces and keeps explicit line breaks', () => {
    expect(wrapText('reuse of textile waste', 100, mono)).toEqual(['reuse of', 'textile', 'waste']);
    expect(wrapText('a\nb', 100, mono)).toEqual(['a', 'b']);
  });

  it('breaks a word longer than the line between graphemes, keeping Vietnamese diacritics whole', () => {
    const word = 'Nguyễn\u0301Thị';
    const lines = wrapText(word, 30, (t) => [...new Intl.Segmenter().segment(t)].length * 10);
    expect(lines.join('')).toBe(word);
    for (const line of lines) expect(line.normalize('NFC').length).toBeLessThanOrEqual(3);
  });
});

describe('text binding', () => {
  it('turns a textarea change into one splice', () => {
    expect(diffText('hello world', 'hello brave world')).toEqual({ index: 6, remove: 0, insert: 'brave ' });
    expect(diffText('abc', 'ac')).toEqual({ index: 1, remove: 1, insert: '' });
    expect(diffText('same', 'same')).toBeNull();
  });

  it('does not split surrogate pairs', () => {
    const s = diffText('a😀', 'a😃');
    expect(s).toEqual({ index: 1, remove: 2, insert: '😃' });
  });

  it('keeps the caret in place across remote edits', () => {
    expect(transformIndex(5, [{ insert: 'Hi ' }])).toBe(8);
    expect(transformIndex(5, [{ retain: 7 }, { insert: 'x' }])).toBe(5);
    expect(transformIndex(5, [{ retain: 1 }, { delete: 2 }])).toBe(3);
    expect(transformIndex(2, [{ retain: 1 }, { delete: 5 }])).toBe(1);
  });
});
