import { create, type Font } from 'fontkit';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlanDocument, type PlanBlock } from './buildPlanDocument.ts';
import { exportActionPlanPdf } from './exportActionPlanPdf.ts';
import { loadExportFonts } from './loadExportFonts.ts';
import { fixtureInput } from './testFixture.ts';

interface Extracted {
  pages: string[];
  fonts: { name: string; missingFile: boolean }[];
}

async function extract(bytes: Uint8Array): Promise<Extracted> {
  // pdf.js takes ownership of the buffer it is given.
  const pdf = await getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false })
    .promise;
  const pages: string[] = [];
  const fonts = new Map<string, { name: string; missingFile: boolean }>();
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    pages.push(
      content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''),
    );
    await page.getOperatorList();
    for (const style of Object.keys(content.styles)) {
      const font = page.commonObjs.get(style) as { name: string; missingFile: boolean };
      fonts.set(style, { name: font.name, missingFile: font.missingFile });
    }
  }
  await pdf.destroy();
  return { pages, fonts: [...fonts.values()] };
}

function blockTexts(block: PlanBlock): string[] {
  switch (block.type) {
    case 'fields':
      return block.rows.flatMap((row) => [row.label, row.value]);
    case 'table':
      return [...block.header, ...block.rows.flat()];
    default:
      return [block.text];
  }
}

function openFont(data: Buffer): Font {
  const font = create(data);
  if (!('layout' in font)) throw new Error('not a single font');
  return font;
}

describe('PDF export', () => {
  let bytes: Uint8Array;
  let extracted: Extracted;

  beforeAll(async () => {
    bytes = await exportActionPlanPdf(fixtureInput, { createdAt: new Date('2026-05-06T00:00:00Z') });
    extracted = await extract(bytes);
  }, 60_000);

  it('is a PDF whose text extracts with Vietnamese and Hindi intact', () => {
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const text = extracted.pages.join('\n');
    for (const expected of [
      'Hợp tác dệt may bền vững',
      'सतत वस्त्र',
      'Nguyễn Thị Lan',
      'Sở Công Thương',
      'Doanh nghiệp tham',
      'Được, tuần sau nhé.',
      '4 May 2026, 16:00',
      'Huế (GMT+7)',
      'Open comment threads',
      'Activities',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('numbers every page "Page X of Y"', () => {
    const total = extracted.pages.length;
    expect(total).toBeGreaterThanOrEqual(2);
    extracted.pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${total}`);
    });
  });

  it('embeds its fonts (Noto Sans subsets) and uses no standard font', () => {
    expect(extracted.fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of extracted.fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSans-(Regular|Bold)$/);
      expect(font.missingFile).toBe(false);
    }
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw.match(/\/FontFile2 /g)?.length).toBeGreaterThanOrEqual(2);
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  });

  it('has a glyph for every character it prints (no boxes)', () => {
    const fonts = loadExportFonts();
    const texts = buildPlanDocument(fixtureInput).blocks.flatMap(blockTexts).join('\n');
    for (const data of [fonts.regular, fonts.bold]) {
      const font = openFont(data);
      const missing = [...new Set(texts)].filter(
        (char) => char !== '\n' && !font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0),
      );
      expect(missing).toEqual([]);
      expect(font.layout('सतत वस्त्र Hợp tác').glyphs.some((glyph) => glyph.id === 0)).toBe(false);
      // The check can fail: Noto Sans has no emoji.
      expect(font.hasGlyphForCodePoint(0x1f600)).toBe(false);
    }
  });

  it('shapes Devanagari conjuncts rather than drawing bare letters', () => {
    const font = openFont(loadExportFonts().regular);
    const word = 'वस्त्र';
    expect(font.layout(word).glyphs.length).toBeLessThan([...word].length);
  });

  it('gives the same bytes again with the layout caches warm (as in an export worker)', async () => {
    const again = await exportActionPlanPdf(fixtureInput, { createdAt: new Date('2026-05-06T00:00:00Z') });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('renders a plan with no items, sign-off or threads', async () => {
    const empty = await exportActionPlanPdf({
      plan: { meta: { title: '', parties: [], version: '' }, items: [] },
    });
    const { pages } = await extract(empty);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Untitled action plan');
    expect(pages[0]).toContain('Page 1 of 1');
  });
});
