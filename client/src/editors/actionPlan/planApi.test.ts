import { describe, expect, it } from 'vitest';
import { fileNameFrom, PlanApiError } from './planApi.ts';

describe('plan API helpers', () => {
  it('takes the Unicode file name of a download when there is one', () => {
    const header = `attachment; filename="ke-hoach-v1.pdf"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20v1.pdf`;
    expect(fileNameFrom(header, 'x.pdf')).toBe('Kế hoạch v1.pdf');
    expect(fileNameFrom('attachment; filename="plan.csv"', 'x.csv')).toBe('plan.csv');
    expect(fileNameFrom(`attachment; filename="a.md"; filename*=UTF-8''%E0%A4`, 'x.md')).toBe('a.md');
    expect(fileNameFrom(null, 'x.json')).toBe('x.json');
  });

  it('exposes the reason of a refusal and the problems of a refused CSV', () => {
    expect(new PlanApiError(409, 'conflict', 'stale', { reason: 'stale_content' }).reason).toBe(
      'stale_content',
    );
    const csv = new PlanApiError(400, 'validation_failed', 'bad', [
      { row: 3, column: 'dueDate', reason: 'not a date' },
      'junk',
    ]);
    expect(csv.csvProblems).toEqual([{ row: 3, column: 'dueDate', reason: 'not a date' }]);
    expect(csv.reason).toBeNull();
  });
});
