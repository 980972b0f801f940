import { describe, expect, it } from 'vitest';
import { scriptRuns } from './scriptRuns.ts';

describe('scriptRuns', () => {
  it('splits Devanagari from Latin and keeps neutral characters in the current run', () => {
    expect(scriptRuns('Sustainable textiles – सतत वस्त्र (2026)')).toEqual([
      'Sustainable textiles – ',
      'सतत वस्त्र (2026)',
    ]);
    expect(scriptRuns('सतत वस्त्र: Hợp tác dệt may')).toEqual(['सतत वस्त्र: ', 'Hợp tác dệt may']);
    expect(scriptRuns('  "किताब"')).toEqual(['  "किताब"']);
    expect(scriptRuns('')).toEqual([]);
  });

  it('keeps joined text intact', () => {
    const text = 'A b सतत c';
    expect(scriptRuns(text).join('')).toBe(text);
  });
});
