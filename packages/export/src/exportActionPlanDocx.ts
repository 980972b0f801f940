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
import type { Font } from 'fontkit';
import { buildPlanDocument, type PlanBlock, type PlanDocument } from './buildPlanDocument.ts';
import type { ActionPlanExportInput } from './exportTypes.ts';
import { loadExportFonts, SYMBOL_FONT_FAMILY } from './loadExportFonts.ts';
import { openFont } from './openFont.ts';
import { packDocx } from './packDocx.ts';

/** docx's compiler: the package's parts (path → XML text or bytes), before zipping. */
interface DocxCompiler {
  compile(file: Document): Map<string, string | Uint8Array>;
}

// Packer keeps its compiler private; Weft zips the parts itself (packDocx), reusing the compressed
// fonts, instead of Packer.toBuffer compressing 1.2 MB of fonts again for every export.
function docxCompiler(): DocxCompiler {
  const compiler = (Packer as unknown as { compiler?: DocxCompiler }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error('docx: Packer.compiler is not available');
  return compiler;
}

type Child = Paragraph | Table;

const BODY_SIZE = 20; // half-points

/** "Page {page} of {total}" with Word's page fields in place of the numbers. */
function pageNumberParts(template: string): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
  return template
    .split(/(\{page\}|\{total\})/)
    .filter((part) => part.length > 0)
    .map((part) =>
      part === '{page}' ? PageNumber.CURRENT : part === '{total}' ? PageNumber.TOTAL_PAGES : part,
    );
}

type Runs = (text: string, bold?: boolean) => TextRun[];

/**
 * Runs for text with line breaks (Word wants an explicit break, not "\n"). Characters the main
 * font lacks (arrows, ✓) get runs in the symbol font, which the document then embeds too.
 */
function runMaker(main: Font, symbols: Font, used: { symbols: boolean }): Runs {
  const isSymbol = (char: string): boolean => {
    const code = char.codePointAt(0) as number;
    return !main.hasGlyphForCodePoint(code) && symbols.hasGlyphForCodePoint(code);
  };
  return (text, bold = false) =>
    text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .flatMap((line, i) => {
        const parts: { text: string; symbol: boolean }[] = [];
        for (const char of line) {
          const symbol = isSymbol(char);
          const last = parts[parts.length - 1];
          if (last && last.symbol === symbol) last.text += char;
          else parts.push({ text: char, symbol });
        }
        if (parts.length === 0) parts.push({ text: '', symbol: false });
        return parts.map((part, j) => {
          if (part.symbol) used.symbols = true;
          const font = part.symbol ? symbolFont : undefined;
          return new TextRun({ text: part.text, bold, break: i > 0 && j === 0 ? 1 : 0, font });
        });
      });
}

const symbolFont = {
  ascii: SYMBOL_FONT_FAMILY,
  hAnsi: SYMBOL_FONT_FAMILY,
  cs: SYMBOL_FONT_FAMILY,
  eastAsia: SYMBOL_FONT_FAMILY,
};

function cell(runs: Runs, text: string, header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: runs(text, header) })],
    shading: header ? { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } : undefined,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
  });
}

function renderBlock(runs: Runs, block: PlanBlock): Child[] {
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
            new TableRow({ tableHeader: true, children: block.header.map((text) => cell(runs, text, true)) }),
            ...block.rows.map(
              (row) => new TableRow({ children: row.map((text) => cell(runs, text, false)) }),
            ),
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
  const used = { symbols: false };
  const runs = runMaker(openFont(fonts.regular), openFont(fonts.symbols.regular), used);
  const children = plan.blocks.flatMap((block) => renderBlock(runs, block));
  const embedded = [
    { name: fonts.family, data: fonts.regular, bold: fonts.bold, characterSet: CharacterSet.ANSI },
  ];
  // Embedded only when drawn: most plans have no arrows, and the face adds 1.4 MB.
  if (used.symbols) {
    embedded.push({
      name: SYMBOL_FONT_FAMILY,
      data: fonts.symbols.regular,
      bold: fonts.symbols.bold,
      characterSet: CharacterSet.ANSI,
    });
  }
  const font = { ascii: fonts.family, hAnsi: fonts.family, cs: fonts.family, eastAsia: fonts.family };
  const document = new Document({
    creator: 'Weft',
    title: plan.title,
    fonts: embedded,
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
                    children: pageNumberParts(plan.labels.pageOf),
                    size: 16,
                    color: '555555',
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return packDocx(
    docxCompiler().compile(document),
    embedded.flatMap((f) => [f.data, f.bold]),
  );
}
