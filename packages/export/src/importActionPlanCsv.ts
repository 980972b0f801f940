import { type ActionPlanItem, defaultItemValues } from '@weft/model';
import { CsvError, parse } from 'csv-parse/sync';
import { CellError, CSV_COLUMNS, type CsvColumn } from './csvColumns.ts';
import { unguardCell } from './csvFormulaGuard.ts';

export interface CsvImportError {
  /** 1-based record number; the header is row 1. 0 when the whole file is unreadable. */
  row: number;
  /** Column name, or null when the problem is not one cell's. */
  column: string | null;
  reason: string;
}

export type CsvImportResult = { ok: true; items: ActionPlanItem[] } | { ok: false; errors: CsvImportError[] };

export interface CsvImportOptions {
  /** Id for rows with an empty id cell (default: a random UUID). */
  newId?: () => string;
  /** Largest number of data rows accepted (default 5000). */
  maxRows?: number;
}

function decode(input: string | Uint8Array): string | CsvImportError {
  if (typeof input === 'string') return input;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return { row: 0, column: null, reason: 'the file is not UTF-8 text; save it as "CSV UTF-8"' };
  }
}

function parseRecords(text: string): string[][] | CsvImportError {
  try {
    return parse(text, {
      bom: true,
      relax_column_count: true,
      skip_records_with_empty_values: false,
    }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) {
      // csv-parse counts the records read before the failure.
      const { records } = error as unknown as { records?: unknown };
      return {
        row: (typeof records === 'number' ? records : 0) + 1,
        column: null,
        reason: `the CSV cannot be read: ${error.message}`,
      };
    }
    throw error;
  }
}

function isBlank(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

function headerColumns(header: readonly string[], errors: CsvImportError[]): Map<CsvColumn, number> {
  const byName = new Map(CSV_COLUMNS.map((column) => [column.name.toLowerCase(), column]));
  const found = new Map<CsvColumn, number>();
  header.forEach((raw, index) => {
    const name = raw.trim();
    const column = byName.get(name.toLowerCase());
    if (!column) errors.push({ row: 1, column: name, reason: 'unknown column' });
    else if (found.has(column)) errors.push({ row: 1, column: column.name, reason: 'column appears twice' });
    else found.set(column, index);
  });
  for (const column of CSV_COLUMNS) {
    if (column.required && !found.has(column))
      errors.push({ row: 1, column: column.name, reason: 'missing required column' });
  }
  return found;
}

/**
 * Reads a CSV written by `exportActionPlanCsv` or by hand in a spreadsheet. The whole file is
 * checked first: the result holds every item, or every error found — never part of the rows.
 */
export function importActionPlanCsv(
  input: string | Uint8Array,
  options: CsvImportOptions = {},
): CsvImportResult {
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  const maxRows = options.maxRows ?? 5000;
  const text = decode(input);
  if (typeof text !== 'string') return { ok: false, errors: [text] };
  const records = parseRecords(text);
  if (!Array.isArray(records)) return { ok: false, errors: [records] };
  const [header, ...rows] = records;
  if (!header || isBlank(header))
    return { ok: false, errors: [{ row: 1, column: null, reason: 'the file has no header row' }] };

  const errors: CsvImportError[] = [];
  const columns = headerColumns(header, errors);
  if (errors.length > 0) return { ok: false, errors };
  if (rows.length > maxRows) {
    return {
      ok: false,
      errors: [{ row: maxRows + 2, column: null, reason: `at most ${maxRows} rows can be imported at once` }],
    };
  }

  const items: ActionPlanItem[] = [];
  const seen = new Map<string, number>();
  rows.forEach((record, index) => {
    const row = index + 2;
    if (isBlank(record)) return;
    if (record.length !== header.length) {
      errors.push({ row, column: null, reason: `expected ${header.length} cells, found ${record.length}` });
      return;
    }
    const item = defaultItemValues('');
    for (const column of CSV_COLUMNS) {
      const at = columns.get(column);
      const cell = at === undefined ? '' : unguardCell(record[at] ?? '');
      try {
        column.read(cell, item, newId);
      } catch (error) {
        if (!(error instanceof CellError)) throw error;
        errors.push({ row, column: column.name, reason: error.message });
      }
    }
    const first = seen.get(item.id);
    if (first !== undefined)
      errors.push({ row, column: 'id', reason: `id "${item.id}" is also used in row ${first}` });
    else seen.set(item.id, row);
    items.push(item);
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, items };
}
