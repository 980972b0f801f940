import { describe, expect, it } from 'vitest';
import { evidenceText } from './buildPlanDocument.ts';

describe('evidenceText', () => {
  it('names an attached file and keeps its address', () => {
    expect(evidenceText('https://weft.example.org/api/files/f_1#Kh%E1%BA%A3o%20s%C3%A1t.xlsx')).toBe(
      'Khảo sát.xlsx (https://weft.example.org/api/files/f_1)',
    );
  });

  it('leaves other links as they are', () => {
    expect(evidenceText('https://example.org/report.pdf#page=2')).toBe(
      'https://example.org/report.pdf#page=2',
    );
  });
});
