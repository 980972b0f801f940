import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileNameFrom, PlanApiError, planApi } from './planApi.ts';

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

  describe('exportFile', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it('asks for the file in the reader language, and for an agreed version by id', async () => {
      const urls: string[] = [];
      vi.stubGlobal('fetch', async (url: string) => {
        urls.push(url);
        return new Response('%PDF-', {
          headers: { 'Content-Disposition': `attachment; filename="k.pdf"; filename*=UTF-8''K%E1%BA%BF.pdf` },
        });
      });
      const file = await planApi.exportFile('doc 1', 'pdf', 'v-1', 'vi');
      expect(urls).toEqual(['/api/documents/doc%201/export?format=pdf&version=v-1&lang=vi']);
      expect(file.fileName).toBe('Kế.pdf');
      await planApi.exportFile('doc', 'md', null);
      expect(urls[1]).toBe('/api/documents/doc/export?format=md');
    });
  });
});
