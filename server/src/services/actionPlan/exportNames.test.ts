import { expect, it } from 'vitest';
import { exportNames } from './exportNames.ts';

it('names the live plan by title and label, and an agreed version by its number', () => {
  expect(exportNames('Hợp tác dệt may', '2', 'pdf', null)).toEqual({
    ascii: 'hop-tac-det-may-v2.pdf',
    unicode: 'Hợp tác dệt may v2.pdf',
  });
  expect(exportNames('Hợp tác dệt may', '2', 'docx', 1)).toEqual({
    ascii: 'hop-tac-det-may-v1-agreed.docx',
    unicode: 'Hợp tác dệt may — Agreed v1.docx',
  });
  expect(exportNames('a/b\u0000c: "d"', '', 'csv', null).unicode).toBe('a b c d.csv');
  expect(exportNames('  ', '', 'md', null).unicode).toBe('Action plan.md');
});
