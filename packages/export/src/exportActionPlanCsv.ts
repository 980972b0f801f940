import type { ActionPlanSnapshot } from '@weft/model';
import { stringify } from 'csv-stringify/sync';
import { CSV_COLUMNS, CSV_HEADER } from './csvColumns.ts';
import { guardCell } from './csvFormulaGuard.ts';

export interface CsvExportOptions {
  /** Start with a UTF-8 byte order mark so Excel reads the file as UTF-8 (default true). */
  bom?: boolean;
}

/** RFC 4180 CSV: CRLF records, fields quoted when they hold a comma, quote, CR or LF. */
export function exportActionPlanCsv(plan: ActionPlanSnapshot, options: CsvExportOptions = {}): string {
  const rows = plan.items.map((item) => CSV_COLUMNS.map((column) => guardCell(column.write(item))));
  return stringify([[...CSV_HEADER], ...rows], {
    bom: options.bom ?? true,
    record_delimiter: 'windows',
    // csv-stringify only quotes the record delimiter itself; a lone CR or LF needs quotes too.
    quoted_match: /[\r\n]/,
  });
}
