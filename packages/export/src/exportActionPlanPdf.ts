import PDFDocument from 'pdfkit';
import { buildPlanDocument, type FieldRow, type PlanBlock, type PlanDocument } from './buildPlanDocument.ts';
import { createPdfTextWriter, type PdfTextWriter } from './createPdfTextWriter.ts';
import { pageLabel } from './exportLabels.ts';
import type { ActionPlanExportInput } from './exportTypes.ts';
import { loadExportFonts } from './loadExportFonts.ts';

type Doc = PDFKit.PDFDocument;

const MARGIN = 56;
const FOOTER_GAP = 28;
const BODY = 10;
const REGULAR = 'weft-regular';
const BOLD = 'weft-bold';
const SYMBOLS = 'weft-symbols';
const SYMBOLS_BOLD = 'weft-symbols-bold';
const MUTED = '#555555';
const RULE = '#bbbbbb';

export interface PdfExportOptions {
  /** Written as the PDF creation date; defaults to now. */
  createdAt?: Date;
}

function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function heading(
  doc: Doc,
  out: PdfTextWriter,
  text: string,
  size: number,
  before: number,
  keepLines: number,
): void {
  doc.moveDown(before);
  // Keep a heading with the first lines of what follows it.
  ensureSpace(doc, size * 1.4 + BODY * 1.4 * keepLines);
  out.font(BOLD, size);
  doc.fillColor('black');
  out.write(text, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function fields(doc: Doc, out: PdfTextWriter, rows: readonly FieldRow[]): void {
  const width = contentWidth(doc);
  for (const row of rows) {
    ensureSpace(doc, BODY * 1.6);
    doc.x = doc.page.margins.left;
    doc.fillColor('black');
    out.font(BOLD, BODY);
    out.write(`${row.label}: `, { width, continued: true });
    out.font(REGULAR, BODY);
    out.write(row.value, { width });
    doc.moveDown(0.15);
  }
  doc.moveDown(0.4);
}

function table(doc: Doc, out: PdfTextWriter, header: readonly string[], rows: readonly string[][]): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const colWidth = width / header.length;
  const pad = 4;
  const cellOptions = { width: colWidth - 2 * pad };
  const rowHeight = (cells: readonly string[], font: string): number => {
    doc.font(font).fontSize(BODY - 1);
    return Math.max(...cells.map((cell) => doc.heightOfString(cell || ' ', cellOptions))) + 2 * pad;
  };
  const drawRow = (cells: readonly string[], font: string, shaded: boolean): void => {
    const height = rowHeight(cells, font);
    if (doc.y + height > bottom(doc)) {
      doc.addPage();
      if (font !== BOLD) drawRow(header, BOLD, true);
    }
    const top = doc.y;
    if (shaded) doc.rect(left, top, width, height).fill('#eeeeee');
    doc.lineWidth(0.5).strokeColor(RULE).rect(left, top, width, height).stroke();
    out.font(font, BODY - 1);
    doc.fillColor('black');
    cells.forEach((cell, i) => {
      out.writeAt(cell, left + i * colWidth + pad, top + pad, cellOptions);
    });
    doc.x = left;
    doc.y = top + height;
  };
  drawRow(header, BOLD, true);
  for (const row of rows) drawRow(row, REGULAR, false);
  doc.moveDown(0.8);
}

function renderBlock(doc: Doc, out: PdfTextWriter, block: PlanBlock): void {
  doc.x = doc.page.margins.left;
  const width = contentWidth(doc);
  switch (block.type) {
    case 'title':
      out.font(BOLD, 20);
      doc.fillColor('black');
      out.write(block.text, { width });
      doc.moveDown(0.5);
      return;
    case 'heading':
      if (block.level === 2) heading(doc, out, block.text, 14, 0.6, 8);
      else heading(doc, out, block.text, 11.5, 0.3, 4);
      return;
    case 'paragraph':
      out.font(REGULAR, BODY);
      doc.fillColor('black');
      out.write(block.text, { width, paragraphGap: 2 });
      doc.moveDown(0.5);
      return;
    case 'note':
      out.font(REGULAR, BODY);
      doc.fillColor(MUTED);
      out.write(block.text, { width });
      doc.fillColor('black').moveDown(0.5);
      return;
    case 'fields':
      fields(doc, out, block.rows);
      return;
    case 'table':
      table(doc, out, block.header, block.rows);
      return;
  }
}

function footers(doc: Doc, out: PdfTextWriter, plan: PlanDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would otherwise start a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - margin + FOOTER_GAP / 2;
    const width = contentWidth(doc);
    out.font(REGULAR, 8);
    doc.fillColor(MUTED);
    out.writeAt(plan.running, doc.page.margins.left, y, { width: width * 0.7, lineBreak: false });
    out.writeAt(pageLabel(plan.labels, i - range.start + 1, range.count), doc.page.margins.left, y, {
      width,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = margin;
  }
}

/** A4 PDF for councils with embedded Noto Sans, footers "Page X of Y" on every page. */
export async function exportActionPlanPdf(
  input: ActionPlanExportInput,
  options: PdfExportOptions = {},
): Promise<Uint8Array> {
  return exportDocumentPdf(buildPlanDocument(input), options);
}

/** Any document made of plan blocks (session minutes too) as the same A4 PDF. */
export async function exportDocumentPdf(
  plan: PlanDocument,
  options: PdfExportOptions = {},
): Promise<Uint8Array> {
  const fonts = loadExportFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_GAP },
    bufferPages: true,
    // Not Noto: pdfkit would then find 'weft-regular' equal to this default font by name and open
    // (parse) the font file again on every doc.font() call, most of a large export's time.
    // Helvetica is never drawn with (text is written through the Noto faces), so it is never put
    // in the file: the test checks every font in the PDF is embedded.
    font: 'Helvetica',
    displayTitle: true,
    info: { Title: plan.title, Creator: 'Weft', CreationDate: options.createdAt ?? new Date() },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  doc.registerFont(REGULAR, fonts.regular);
  doc.registerFont(BOLD, fonts.bold);
  doc.registerFont(SYMBOLS, fonts.symbols.regular);
  doc.registerFont(SYMBOLS_BOLD, fonts.symbols.bold);
  const out = createPdfTextWriter(doc, [
    { name: REGULAR, data: fonts.regular, fallback: SYMBOLS },
    { name: BOLD, data: fonts.bold, fallback: SYMBOLS_BOLD },
    { name: SYMBOLS, data: fonts.symbols.regular },
    { name: SYMBOLS_BOLD, data: fonts.symbols.bold },
  ]);
  for (const block of plan.blocks) renderBlock(doc, out, block);
  footers(doc, out, plan);
  doc.end();
  return done;
}
