import PDFDocument from 'pdfkit';
import { describe, expect, it, vi } from 'vitest';
import { cachePdfkitLayout } from './cachePdfkitLayout.ts';
import { loadExportFonts } from './loadExportFonts.ts';
import { openFont } from './openFont.ts';

// As the text writer calls it: Latin runs with ccmp off, Devanagari (and mixed) runs with pdfkit's defaults.
const LATIN_TEXT = 'Hợp tác dệt may bền vững — tuần sau nhé, Gent & Huế';
const LATIN = { ccmp: false } as unknown as PDFKit.Mixins.TextOptions['features'];
const DEVANAGARI_TEXT = 'सतत वस्त्र मूल्य श्रृंखला और Gent';

function documentWith(data: Buffer) {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont('face', data);
  doc.font('face').fontSize(11);
  const own = Reflect.get(Reflect.get(doc, '_font') as object, 'font') as { layout: () => unknown };
  return { doc, own };
}

describe('cachePdfkitLayout', () => {
  it('measures text as pdfkit does, Devanagari included, without shaping on each document’s own parse', () => {
    const data = loadExportFonts().regular;
    const reference = documentWith(data).doc;
    const measure = (doc: PDFKit.PDFDocument) => [
      doc.widthOfString(LATIN_TEXT, { features: LATIN }),
      doc.widthOfString(DEVANAGARI_TEXT),
    ];
    const expected = measure(reference);

    const shared = vi.spyOn(openFont(data), 'layout');
    const callsAfter: number[] = [];
    for (let i = 0; i < 2; i++) {
      const { doc, own } = documentWith(data);
      const ownLayout = vi.spyOn(own, 'layout');
      cachePdfkitLayout(doc, data);
      expect(measure(doc)).toEqual(expected);
      // pdfkit parses the font file anew for each document; that parse never shapes here.
      expect(ownLayout).not.toHaveBeenCalled();
      callsAfter.push(shared.mock.calls.length);
    }
    // The second document's words all came from the cache the first one filled.
    expect(callsAfter[0]).toBeGreaterThan(0);
    expect(callsAfter[1]).toBe(callsAfter[0]);
    shared.mockRestore();
  });
});
