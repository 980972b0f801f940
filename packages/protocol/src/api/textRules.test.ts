import { describe, expect, it } from 'vitest';
import { lineSchema, multilineSchema, optionalLineSchema, textProblem } from './textRules.ts';

describe('text rules', () => {
  it('accepts names and prose in any script, and emoji', () => {
    for (const text of ['Huế', 'सूरत', 'Gent ⇄ Huế 🤝', 'Nguyễn Thị Ánh', 'עברית', 'نص عربي']) {
      expect(textProblem(text, false)).toBeNull();
    }
    expect(textProblem('line one\nline two\r\n\tindented', true)).toBeNull();
  });

  it('refuses controls, line breaks in single lines, bidi overrides, lone surrogates, invisible values', () => {
    expect(textProblem('a\u0000b', true)).toMatch(/control/);
    expect(textProblem('a\u001bb', true)).toMatch(/control/);
    expect(textProblem('a\u0085b', true)).toMatch(/control/);
    expect(textProblem('title\nsecond', false)).toMatch(/single line/);
    expect(textProblem('a\u2028b', false)).toMatch(/single line/);
    expect(textProblem('invoice\u202Egnp.exe', false)).toMatch(/bidirectional/);
    expect(textProblem('x\u2066y\u2069', true)).toMatch(/bidirectional/);
    expect(textProblem('bad \uD800 half', false)).toMatch(/well-formed/);
    expect(textProblem('\uDC00', false)).toMatch(/well-formed/);
    expect(textProblem('\u200B\u200B', false)).toMatch(/visible/);
    expect(textProblem('\u3000\u00A0', true)).toMatch(/visible/);
  });

  it('names the field through zod paths, and keeps the old length and trim rules', () => {
    expect(lineSchema(10).safeParse('  Gent  ').data).toBe('Gent');
    expect(lineSchema(10).safeParse('   ').success).toBe(false);
    expect(optionalLineSchema(10).safeParse('').success).toBe(true);
    expect(multilineSchema(100, 1).safeParse('a\nb').success).toBe(true);
    const issue = lineSchema(10).safeParse('a\u202Eb').error?.issues[0];
    expect(issue?.message).toMatch(/bidirectional/);
  });
});
