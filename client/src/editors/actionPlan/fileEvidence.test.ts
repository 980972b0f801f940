import { describe, expect, it } from 'vitest';
import { attachedFileName, fileEvidenceLink } from './fileEvidence.ts';

describe('file evidence links', () => {
  it('round-trips the file name through an absolute link the exports can list', () => {
    const link = fileEvidenceLink('https://weft.example.org', 'f_1-a', 'Khảo sát #1.xlsx');
    expect(link).toBe('https://weft.example.org/api/files/f_1-a#Kh%E1%BA%A3o%20s%C3%A1t%20%231.xlsx');
    expect(attachedFileName(link)).toBe('Khảo sát #1.xlsx');
  });

  it('leaves other links alone', () => {
    expect(attachedFileName('https://ghent.be/report#part')).toBeNull();
    expect(attachedFileName('https://weft.example.org/api/files/f1')).toBeNull();
  });
});
