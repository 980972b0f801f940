import { buildPlanDocument, type PlanBlock } from './buildPlanDocument.ts';
import type { ActionPlanExportInput } from './exportTypes.ts';

/** Escapes user text so it prints literally: no stray emphasis, links, HTML or table breaks. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

/** As escapeMarkdown, for text that starts a line, where #, >, -, + and "1." are syntax too. */
function escapeLine(line: string): string {
  return escapeMarkdown(line).replace(/^(\s*)([#+\-=]|\d+(?=[.)]))/, (_, space: string, lead: string) =>
    /\d/.test(lead) ? `${space}${lead}\\` : `${space}\\${lead}`,
  );
}

// A heading ends at its line break: a title with a newline would otherwise start a paragraph or
// a second heading of its own ("Plan\n# Approved").
function oneLine(text: string): string {
  return escapeMarkdown(text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim());
}

function lines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

// Backslash at the end of a line is CommonMark's hard line break. The first line follows other
// text (a label, or nothing) and is escaped as a line start only when it is one.
function multiline(text: string, indent: string, firstStartsLine: boolean): string {
  return lines(text)
    .map((line, i) => (i === 0 && !firstStartsLine ? escapeMarkdown(line) : escapeLine(line)))
    .join(`\\\n${indent}`);
}

function paragraph(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((part) => multiline(part.trim(), '', true))
    .filter((part) => part.length > 0)
    .join('\n\n');
}

function cell(text: string): string {
  return lines(text).map(escapeMarkdown).join('<br>');
}

function renderBlock(block: PlanBlock): string {
  switch (block.type) {
    case 'title':
      return `# ${oneLine(block.text)}`;
    case 'heading':
      return `${'#'.repeat(block.level)} ${oneLine(block.text)}`;
    case 'paragraph':
      return paragraph(block.text);
    case 'note':
      return `_${oneLine(block.text)}_`;
    case 'fields':
      return block.rows
        .map((row) => `- **${escapeMarkdown(row.label)}:** ${multiline(row.value, '  ', false)}`)
        .join('\n');
    case 'table': {
      const header = `| ${block.header.map(cell).join(' | ')} |`;
      const rule = `| ${block.header.map(() => '---').join(' | ')} |`;
      const rows = block.rows.map((row) => `| ${row.map(cell).join(' | ')} |`);
      return [header, rule, ...rows].join('\n');
    }
  }
}

/** The plan as CommonMark/GFM text (tables), LF line endings, ending in one newline. */
export function exportActionPlanMarkdown(input: ActionPlanExportInput): string {
  const document = buildPlanDocument(input);
  return `${document.blocks
    .map(renderBlock)
    .filter((text) => text.length > 0)
    .join('\n\n')}\n`;
}
