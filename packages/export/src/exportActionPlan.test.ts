import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportActionPlan, exportFileName, isExportFormat } from './exportActionPlan.ts';
import { fixtureInput } from './testFixture.ts';

describe('exportActionPlan', () => {
  it('produces each format with its media type and a safe file name', async () => {
    const results = await Promise.all(EXPORT_FORMATS.map((format) => exportActionPlan(format, fixtureInput)));
    expect(results.map((r) => r.contentType)).toEqual([
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'text/markdown; charset=utf-8',
      'text/csv; charset=utf-8',
      'application/json; charset=utf-8',
    ]);
    expect(results.map((r) => r.fileName)).toEqual(
      EXPORT_FORMATS.map((format) => `hop-tac-det-may-ben-vung-gent-hue-v2.${format}`),
    );
    for (const result of results) expect(result.body.length).toBeGreaterThan(100);
    const json = JSON.parse(new TextDecoder().decode(results[4]?.body));
    expect(json.plan).toEqual(fixtureInput.plan);
    expect(json.signOff.versionName).toBe('Version 1');
  }, 60_000);

  it('recognises formats and falls back to a generic file name', () => {
    expect(isExportFormat('pdf')).toBe(true);
    expect(isExportFormat('exe')).toBe(false);
    expect(exportFileName('सतत वस्त्र', '', 'pdf')).toBe('action-plan.pdf');
    expect(exportFileName('Đà Nẵng plan', '1.0', 'md')).toBe('da-nang-plan-v1-0.md');
  });
});
