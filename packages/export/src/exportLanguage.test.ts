import { create, type Font } from 'fontkit';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { buildPlanDocument } from './buildPlanDocument.ts';
import { exportActionPlanDocx } from './exportActionPlanDocx.ts';
import { exportActionPlanPdf } from './exportActionPlanPdf.ts';
import { EXPORT_LABELS, EXPORT_LANGUAGES, type ExportLabels } from './exportLabels.ts';
import { exportActionPlanMarkdown } from './exportMarkdown.ts';
import type { ActionPlanExportInput } from './exportTypes.ts';
import { loadExportFonts } from './loadExportFonts.ts';
import { fixtureInput, fixturePlan } from './testFixture.ts';

/** Every string of a label set, flattened with its path, for parity checks. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (typeof value === 'object' && value !== null)
    for (const [key, child] of Object.entries(value))
      for (const [p, v] of leaves(child, path ? `${path}.${key}` : key)) out.set(p, v);
  return out;
}

function openFont(data: Buffer): Font {
  const font = create(data);
  if (!('layout' in font)) throw new Error('not a single font');
  return font;
}

/** Baselines (y) of the first text items holding each string on page 1. */
async function baselines(bytes: Uint8Array, strings: readonly string[]): Promise<number[]> {
  const pdf = await getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false })
    .promise;
  const content = await (await pdf.getPage(1)).getTextContent();
  const ys = strings.map((wanted) => {
    const item = content.items.find((i) => 'str' in i && i.str.includes(wanted));
    return item && 'transform' in item ? (item.transform[5] as number) : Number.NaN;
  });
  await pdf.destroy();
  return ys;
}

async function pdfText(bytes: Uint8Array): Promise<{ text: string; fonts: string[] }> {
  const pdf = await getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false })
    .promise;
  const pages: string[] = [];
  const fonts = new Set<string>();
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    pages.push(
      content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''),
    );
    await page.getOperatorList();
    for (const style of Object.keys(content.styles))
      fonts.add((page.commonObjs.get(style) as { name: string }).name);
  }
  await pdf.destroy();
  return { text: pages.join('\n'), fonts: [...fonts] };
}

const inLanguage = (lang: ActionPlanExportInput['lang']): ActionPlanExportInput => ({
  ...fixtureInput,
  lang,
});

describe('export labels', () => {
  it('has every label in every language, none left in English by mistake', () => {
    const english = leaves(EXPORT_LABELS.en);
    for (const lang of EXPORT_LANGUAGES) {
      const labels = leaves(EXPORT_LABELS[lang]);
      expect([...labels.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [path, text] of labels) expect(text.trim(), `${lang} ${path}`).not.toBe('');
      if (lang === 'en') continue;
      const same = [...labels].filter(([path, text]) => english.get(path) === text).map(([path]) => path);
      // Words that are the same in that language (Status, Budget, Facilitator, Indicator…).
      expect(same.length, `${lang}: ${same.join(', ')}`).toBeLessThanOrEqual(8);
    }
  });

  it('writes Vietnamese with its diacritics and Hindi in Devanagari', () => {
    expect(EXPORT_LABELS.vi.statuses.in_progress).toBe('Đang thực hiện');
    expect(EXPORT_LABELS.vi.sections.signOff).toBe('Ký duyệt');
    const hindi = [...leaves(EXPORT_LABELS.hi)].filter(([path]) => path !== 'locale' && path !== 'pageOf');
    for (const [path, text] of hindi) expect(text, path).toMatch(/[\u0900-\u097f]/);
  });

  it('keeps {page}, {total} and {label} placeholders in every language', () => {
    for (const lang of EXPORT_LANGUAGES) {
      const labels: ExportLabels = EXPORT_LABELS[lang];
      expect(labels.pageOf).toContain('{page}');
      expect(labels.pageOf).toContain('{total}');
      expect(labels.threadOn).toContain('{label}');
    }
  });
});

describe('a document in the reader language', () => {
  it('translates headings, fields, statuses and roles, and formats dates for the locale', () => {
    const md = exportActionPlanMarkdown(inLanguage('vi'));
    for (const expected of [
      '## Ký duyệt',
      '## Mục tiêu',
      '## Hoạt động',
      '**Trạng thái:** Đang thực hiện',
      '**Thành phố chủ trì:**',
      'Điều phối viên',
      'Người biên tập',
      '| Chỉ số | Giá trị ban đầu | Mục tiêu | Đơn vị | Phương tiện kiểm chứng |',
      '**Ngân sách:** 12.500,50\u00a0€ — EU, city budget',
      '300.000.000\u00a0₫',
      '16:00 4 thg 5, 2026 Huế (GMT+7)',
      '## Các chuỗi bình luận đang mở',
    ]) {
      expect(md).toContain(expected);
    }
    expect(md).not.toMatch(/\bStatus\b|\bGoals\b|Sign-off/);

    const nl = exportActionPlanMarkdown(inLanguage('nl'));
    expect(nl).toContain('## Ondertekening');
    expect(nl).toContain('**Data:** 2 mrt 2026 – 3 mrt 2026');
    expect(nl).toContain('Redacteur');

    const hi = exportActionPlanMarkdown(inLanguage('hi'));
    expect(hi).toContain('## गतिविधियाँ');
    expect(hi).toContain('**स्थिति:** प्रगति पर');
    expect(hi).toContain('4 मई 2026');
  });

  it('names time zones by city, never by zone id', () => {
    const pune: ActionPlanExportInput = {
      ...fixtureInput,
      signOff: {
        status: 'agreed',
        versionName: 'Version 1',
        agreedAt: '2026-05-04T09:00:00.000Z',
        signatures: [
          {
            userId: 'u3',
            displayName: 'Priya Sharma',
            city: '',
            role: 'editor',
            contentHash: 'sha256:x',
            at: '2026-05-04T09:00:00.000Z',
            timeZone: 'Asia/Calcutta',
          },
        ],
      },
    };
    const md = exportActionPlanMarkdown(pune);
    expect(md).toContain('4 May 2026, 14:30 Kolkata (GMT+5:30)');
    expect(md).not.toMatch(/Asia\/|Europe\//);
    expect(exportActionPlanMarkdown(fixtureInput)).toContain('10:30 Ghent (CEST)');
  });

  it('prints no raw ids: no item ids, no source ids, no user id for a signer without a name', () => {
    const md = exportActionPlanMarkdown({
      ...fixtureInput,
      signOff: {
        ...(fixtureInput.signOff as NonNullable<ActionPlanExportInput['signOff']>),
        signatures: [
          {
            userId: 'user-7f3a9c',
            city: 'Ghent',
            role: 'editor',
            contentHash: 'sha256:x',
            at: '2026-05-04T08:30:00.000Z',
            timeZone: 'Europe/Brussels',
          },
        ],
      },
    });
    for (const item of fixturePlan.items) expect(md).not.toContain(item.id);
    expect(md).not.toContain('sticky-42');
    expect(md).not.toContain('user-7f3a9c');
    expect(md).toContain('Unknown signer');
    expect(md).toContain('**Source:** Sticky note on a whiteboard');
  });

  it('names an agreed version by its number in the reader language', () => {
    const trail = fixtureInput.signOff as NonNullable<ActionPlanExportInput['signOff']>;
    const signOff = { ...trail, versionName: 'Agreed v2 — 2026-05-04' };
    const vi = exportActionPlanMarkdown({ ...fixtureInput, signOff, lang: 'vi' });
    expect(vi).toContain('**Trạng thái:** Đã thống nhất — phiên bản 2, 09:00 4 thg 5, 2026 UTC');
    expect(vi).not.toContain('Agreed v2');
  });

  it('names comment threads with nothing to name them by in the reader language', () => {
    const at = '2026-05-05T10:15:00.000Z';
    const md = exportActionPlanMarkdown({
      ...fixtureInput,
      lang: 'nl',
      threads: [
        { anchorLabel: '', anchorKind: 'general', messages: [{ author: 'An', at, body: 'Algemeen' }] },
        { anchorLabel: '', anchorKind: 'item', messages: [{ author: 'An', at, body: 'Zonder titel' }] },
      ],
    });
    expect(md).toContain('### Algemene opmerkingen');
    expect(md).toContain('### Bij “Naamloos item”');
  });

  it('shows indicators as a readable table, not JSON', () => {
    const md = exportActionPlanMarkdown(inLanguage('en'));
    expect(md).toContain('| Doanh nghiệp tham gia | 0 | 25 | firms | Danh sách, "attendance" |');
    expect(md).not.toContain('{"');
  });

  it('numbers DOCX pages in the document language', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await exportActionPlanDocx(inLanguage('nl')));
    const names = Object.keys(zip.files).filter((name) => /^word\/footer\d*\.xml$/.test(name));
    const footer = (await zip.file(names[0] as string)?.async('string')) ?? '';
    expect(footer).toContain('Pagina ');
    expect(footer).toContain(' van ');
    expect(footer).toMatch(/NUMPAGES/);
  });
});

const SYMBOLS = '→ ← ↑ ↓ • – — € ₫ ₹ “ ” ‘ ’ … ✓';

describe('fonts cover the symbols people type', () => {
  it('has a glyph for each symbol in the main face or its fallback, regular and bold', () => {
    const fonts = loadExportFonts();
    const pairs = [
      [fonts.regular, fonts.symbols.regular],
      [fonts.bold, fonts.symbols.bold],
    ] as const;
    for (const [main, fallback] of pairs) {
      const primary = openFont(main);
      const symbols = openFont(fallback);
      const missing = [...SYMBOLS.replace(/ /g, '')].filter((char) => {
        const code = char.codePointAt(0) as number;
        return !primary.hasGlyphForCodePoint(code) && !symbols.hasGlyphForCodePoint(code);
      });
      expect(missing).toEqual([]);
      // Why the fallback exists: Noto Sans alone has no arrows.
      expect(primary.hasGlyphForCodePoint(0x2192)).toBe(false);
    }
  });

  it('prints arrows, currency signs and Vietnamese in a PDF that extracts them intact', async () => {
    const plan = {
      ...fixturePlan,
      items: fixturePlan.items.map((item, i) =>
        i === 0 ? { ...item, title: `Giảm rác thải → tái chế • ${SYMBOLS}` } : item,
      ),
    };
    const bytes = await exportActionPlanPdf({ ...fixtureInput, plan, lang: 'vi' });
    const { text, fonts } = await pdfText(bytes);
    expect(text).toContain('Giảm rác thải → tái chế •');
    expect(text).toContain('→ ← ↑ ↓ • – — € ₫ ₹ “ ” ‘ ’ … ✓');
    expect(text).toContain('Ký duyệt');
    expect(text).toContain('Trang 1 /');
    // The arrows come from the embedded symbol face, never a standard PDF font.
    expect(fonts.some((name) => /\+DejaVuSans/.test(name))).toBe(true);
    for (const name of fonts) expect(name).toMatch(/^[A-Z]{6}\+(NotoSans|DejaVuSans)/);
  }, 60_000);

  it('draws fallback symbols on the same baseline as the text around them', async () => {
    const plan = {
      ...fixturePlan,
      items: fixturePlan.items.map((item, i) => (i === 0 ? { ...item, title: 'Trước → Sau' } : item)),
    };
    const bytes = await exportActionPlanPdf({ ...fixtureInput, plan });
    const [before, arrow] = await baselines(bytes, ['Trước', '→']);
    expect(arrow).toBeCloseTo(before as number, 1);
  }, 60_000);

  it('gives DOCX arrows a run in the embedded symbol font, and embeds it only when drawn', async () => {
    const JSZip = (await import('jszip')).default;
    const plan = {
      ...fixturePlan,
      items: fixturePlan.items.map((item, i) => (i === 0 ? { ...item, title: 'Trước → Sau' } : item)),
    };
    const zip = await JSZip.loadAsync(await exportActionPlanDocx({ ...fixtureInput, plan }));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(
      /<w:rFonts w:ascii="DejaVu Sans"[^>]*\/>(?:<[^>]+>)*<w:t xml:space="preserve">→<\/w:t>/,
    );
    expect(xml).toContain('1.1 Trước </w:t>');
    const fontTable = (await zip.file('word/fontTable.xml')?.async('string')) ?? '';
    expect(fontTable).toContain('w:name="DejaVu Sans"');

    const plain = await JSZip.loadAsync(await exportActionPlanDocx(fixtureInput));
    expect((await plain.file('word/fontTable.xml')?.async('string')) ?? '').not.toContain('DejaVu');
  }, 60_000);

  it('leaves the symbol face out of a PDF that needs none of its glyphs', async () => {
    const { fonts } = await pdfText(await exportActionPlanPdf(fixtureInput));
    expect(fonts.every((name) => name.includes('NotoSans'))).toBe(true);
  }, 60_000);
});

describe('buildPlanDocument', () => {
  it('defaults to English', () => {
    expect(buildPlanDocument(fixtureInput).labels.locale).toBe('en-GB');
  });
});
