import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportActionPlanDocx } from './exportActionPlanDocx.ts';
import { fixtureInput } from './testFixture.ts';

describe('DOCX export', () => {
  let zip: JSZip;
  let documentXml: string;

  beforeAll(async () => {
    zip = await JSZip.loadAsync(await exportActionPlanDocx(fixtureInput));
    documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  });

  it('holds the plan text, Vietnamese and Hindi included', () => {
    for (const expected of [
      'Hợp tác dệt may bền vững',
      'सतत वस्त्र',
      'सतत वस्त्र उद्योग के लिए साझा लक्ष्य।',
      'Nguyễn Thị Lan',
      'Doanh nghiệp tham gia',
      'Open comment threads',
      'क्या हम तारीख़ बदल सकते हैं?',
      '4 May 2026, 16:00 Huế (GMT+7)',
    ]) {
      expect(documentXml).toContain(expected);
    }
    // Groups come in logframe order.
    expect(documentXml.indexOf('>Goals<')).toBeLessThan(documentXml.indexOf('>Outputs<'));
    expect(documentXml.indexOf('>Outputs<')).toBeLessThan(documentXml.indexOf('>Activities<'));
  });

  it('embeds Noto Sans and uses it for every script', async () => {
    const fontTable = (await zip.file('word/fontTable.xml')?.async('string')) ?? '';
    expect(fontTable).toContain('w:name="Noto Sans"');
    expect(fontTable).toContain('w:embedRegular');
    expect(fontTable).toContain('w:embedBold');
    const embedded = Object.keys(zip.files).filter((name) => name.startsWith('word/fonts/'));
    expect(embedded.length).toBeGreaterThanOrEqual(2);
    for (const name of embedded) {
      expect((await zip.file(name)?.async('uint8array'))?.length ?? 0).toBeGreaterThan(100_000);
    }
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(styles).toContain('w:cs="Noto Sans"');
  });

  it('has a footer with "Page X of Y" fields', async () => {
    const footers = Object.keys(zip.files).filter((name) => /^word\/footer\d*\.xml$/.test(name));
    expect(footers.length).toBeGreaterThan(0);
    const footer = (await zip.file(footers[0] as string)?.async('string')) ?? '';
    expect(footer).toContain('Page ');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(footer).toContain(' of ');
  });
});
