import type { Indicator } from '@weft/model';
import { CellError } from './csvCellError.ts';

// The `indicators` CSV cell: readable lines, and the JSON array of older exports.

const INDICATOR_KEYS = ['name', 'baseline', 'target', 'unit', 'verification'] as const;

const INDICATOR_SEPARATOR = ' | ';

/** Backslash escapes keep a field on its line and its pipes from splitting it. */
function escapeIndicatorField(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

/**
 * One indicator per line, its fields in column order: `name | baseline | target | unit |
 * verification`, trailing empty fields left out. People read it as it is; indicator ids are
 * not printed (an import keeps an existing item's indicator ids by position).
 */
export function writeIndicators(indicators: readonly Indicator[]): string {
  return indicators
    .map((indicator) => {
      const fields = INDICATOR_KEYS.map((key) => escapeIndicatorField(indicator[key]));
      while (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
      // An indicator with no text at all still needs a line of its own.
      const line =
        fields.length === 1 && fields[0] === '' ? INDICATOR_SEPARATOR : fields.join(INDICATOR_SEPARATOR);
      // A leading "[" would read as the JSON form of older exports.
      return line.startsWith('[') ? `\\${line}` : line;
    })
    .join('\n');
}

function splitIndicatorLine(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const char = line[i] as string;
    if (char === '\\' && i + 1 < line.length) {
      const next = line[++i] as string;
      current += next === 'n' ? '\n' : next === 'r' ? '\r' : next;
    } else if (line.startsWith(INDICATOR_SEPARATOR, i)) {
      fields.push(current);
      current = '';
      i += INDICATOR_SEPARATOR.length - 1;
    } else {
      current += char;
    }
  }
  fields.push(current);
  return fields;
}

function readIndicatorLines(cell: string, itemId: string): Indicator[] {
  const lines = cell.split(/\r?\n/).filter((line) => line.trim() !== '');
  return lines.map((line, index) => {
    const fields = splitIndicatorLine(line);
    if (fields.length > INDICATOR_KEYS.length) {
      throw new CellError(
        `indicator ${index + 1} has ${fields.length} fields; write "name | baseline | target | unit | verification"`,
      );
    }
    const [name = '', baseline = '', target = '', unit = '', verification = ''] = fields;
    return { id: `${itemId}-indicator-${index + 1}`, name, baseline, target, unit, verification };
  });
}

/** The readable line form, or the JSON array older exports wrote. */
export function readIndicators(cell: string, itemId: string): Indicator[] {
  if (cell.trim() === '') return [];
  if (!cell.trimStart().startsWith('[')) return readIndicatorLines(cell, itemId);
  let parsed: unknown;
  try {
    parsed = JSON.parse(cell);
  } catch {
    throw new CellError('indicators must be one per line, "name | baseline | target | unit | verification"');
  }
  if (!Array.isArray(parsed)) throw new CellError('indicators must be a JSON array');
  return parsed.map((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new CellError(`indicator ${index + 1} must be an object`);
    }
    const record = entry as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (key !== 'id' && !(INDICATOR_KEYS as readonly string[]).includes(key)) {
        throw new CellError(`indicator ${index + 1} has an unknown key "${key}"`);
      }
    }
    const text = (key: string): string => {
      const value = record[key];
      if (value === undefined || value === null) return '';
      if (typeof value === 'string') return value;
      if (typeof value === 'number') return String(value);
      throw new CellError(`indicator ${index + 1} ${key} must be text`);
    };
    // A stable id derived from the row keeps re-imports deterministic.
    const id = text('id') || `${itemId}-indicator-${index + 1}`;
    return {
      id,
      name: text('name'),
      baseline: text('baseline'),
      target: text('target'),
      unit: text('unit'),
      verification: text('verification'),
    };
  });
}
