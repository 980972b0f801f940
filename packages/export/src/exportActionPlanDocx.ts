import {
  AlignmentType,
  BorderStyle,
  CharacterSet,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { buildPlanDocument, type PlanBlock, type PlanDocument } from './buildPlanDocument.ts';
import type { ActionPlanExportInput } from './exportTypes.ts';
import { loadExportFonts } from './loadExportFonts.ts';

type Child = Paragraph | Table;

const BODY_SIZE = 20; // half-points

/** Runs for text with line breaks: Word wants an explicit break, not "\n". */
function runs(text: string, bold = false): TextRun[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, i) => new TextRun({ text: line, bold, break: i > 0 ? 1 : 0 }));
}

function cell(text: string, header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: runs(text, header) })],
    shading: header ? { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } : undefined,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
  });
}

function renderBlock(block: PlanBlock): Child[] {
  switch (block.type) {
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, children: runs(block.text) })];
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 2 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          keepNext: true,
          children: runs(block.text),
        }),
      ];
    case 'paragraph':
      return block.text
        .replace(/\r\n?/g, '\n')
        .split(/\n\s*\n/)
        .map((part) => new Paragraph({ children: runs(part) }));
    case 'note':
      return [
        new Paragraph({ children: [new TextRun({ text: block.text, italics: true, color: '555555' })] }),
      ];
    case 'fields':
      return block.rows.map(
        (row) =>
          new Paragraph({
            children: [new TextRun({ text: `${row.label}: `, bold: true }), ...runs(row.value)],
          }),
      );
    case 'table': {
      const border = { style: BorderStyle.SINGLE, size: 4, color: 'BBBBBB' };
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: {
            top: border,
            bottom: border,
            left: border,
            right: border,
            insideHorizontal: border,
            insideVertical: border,
          },
          rows: [
            new TableRow({ tableHeader: true, children: block.header.map((text) => cell(text, true)) }),
            ...block.rows.map((row) => new TableRow({ children: row.map((text) => cell(text, false)) })),
          ],
        }),
        new Paragraph({}),
      ];
    }
  }
}

/**
 * A .docx for councils. Noto Sans is embedded (regular and bold) and set for every script slot
 * (ASCII, complex script, East Asian), so Word and LibreOffice render Vietnamese and Devanagari
 * with it even where it is not installed.
 */
export async function exportActionPlanDocx(input: ActionPlanExportInput): Promise<Uint8Array> {
  return exportDocumentDocx(buildPlanDocument(input));
}

/** Any document made of plan blocks (session minutes too) as the same .docx. */
export async function exportDocumentDocx(plan: PlanDocument): Promise<Uint8Array> {
  const fonts = loadExportFonts();
  const font = { ascii: fonts.family, hAnsi: fonts.family, cs: fonts.family, eastAsia: fonts.family };
  const document = new Document({
    creator: 'Weft',
    title: plan.title,
    fonts: [{ name: fonts.family, data: fonts.regular, bold: fonts.bold, characterSet: CharacterSet.ANSI }],
    styles: {
      default: {
        document: { run: { font, size: BODY_SIZE }, paragraph: { spacing: { after: 80 } } },
        title: { run: { font, size: 40, bold: true } },
        heading1: {
          run: { font, size: 28, bold: true, color: '000000' },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading2: {
          run: { font, size: 23, bold: true, color: '000000' },
          paragraph: { spacing: { before: 160, after: 80 } },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ text: `${plan.running}    `, size: 16, color: '555555' }),
                  new TextRun({
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                    size: 16,
                    color: '555555',
                  }),
                ],
              }),
            ],
          }),
        },
        children: plan.blocks.flatMap(renderBlock),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
