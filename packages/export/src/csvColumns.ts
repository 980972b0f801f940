import {
  type ActionPlanItem,
  CURRENCIES,
  type Currency,
  type Indicator,
  ITEM_STATUSES,
  type ItemStatus,
  isIsoDate,
  LOGFRAME_LEVELS,
  type LogframeLevel,
  sdgTargetSchema,
} from '@weft/model';

/** A cell read failed: the reason is shown to the person who uploaded the file. */
export class CellError extends Error {}

export interface CsvColumn {
  name: string;
  required: boolean;
  write(item: ActionPlanItem): string;
  /** Applies the cell to the item being built; throws CellError with a reason. */
  read(cell: string, item: ActionPlanItem, newId: () => string): void;
}

function normalizeToken(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function oneOf<T extends string>(cell: string, allowed: readonly T[], normalize: (s: string) => string): T {
  const value = normalize(cell);
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CellError(`"${cell}" is not one of ${allowed.join(', ')}`);
}

function date(cell: string): string | null {
  const value = cell.trim();
  if (value === '') return null;
  if (!isIsoDate(value)) throw new CellError(`"${cell}" is not a date written as YYYY-MM-DD`);
  return value;
}

function splitList(cell: string, separator: RegExp): string[] {
  return cell
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

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
function writeIndicators(indicators: readonly Indicator[]): string {
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
function readIndicators(cell: string, itemId: string): Indicator[] {
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

function amount(cell: string): number | null {
  const value = cell.trim();
  if (value === '') return null;
  if (!/^\d+(\.\d{1,2})?$/.test(value))
    throw new CellError(`"${cell}" is not an amount like 12500 or 12500.50`);
  const number = Number(value);
  // Above this, String(number) turns to exponent notation and would not read back.
  if (number > 1e15) throw new CellError(`"${cell}" is too large`);
  return number;
}

function text(
  name: string,
  get: (item: ActionPlanItem) => string,
  set: (item: ActionPlanItem, value: string) => void,
  required = false,
): CsvColumn {
  return { name, required, write: get, read: (cell, item) => set(item, cell) };
}

/**
 * The CSV columns in file order. Names are a public interface (docs/action-plan.md); the
 * first six of the minimal set (title, description, city, owner, dueDate, status) are required
 * in an import, the rest optional.
 */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  {
    name: 'id',
    required: false,
    write: (item) => item.id,
    read: (cell, item, newId) => {
      item.id = cell.trim() || newId();
    },
  },
  {
    name: 'level',
    required: false,
    write: (item) => item.level,
    read: (cell, item) => {
      item.level =
        cell.trim() === '' ? 'activity' : oneOf<LogframeLevel>(cell, LOGFRAME_LEVELS, normalizeToken);
    },
  },
  text(
    'title',
    (item) => item.title,
    (item, value) => {
      if (value.trim() === '') throw new CellError('title must not be empty');
      item.title = value;
    },
    true,
  ),
  text(
    'description',
    (item) => item.description,
    (item, value) => {
      item.description = value;
    },
    true,
  ),
  text(
    'city',
    (item) => item.leadCity,
    (item, value) => {
      item.leadCity = value;
    },
    true,
  ),
  text(
    'partnerCity',
    (item) => item.partnerCity,
    (item, value) => {
      item.partnerCity = value;
    },
  ),
  text(
    'ownerUnit',
    (item) => item.leadResponsible.unit,
    (item, value) => {
      item.leadResponsible.unit = value;
    },
  ),
  text(
    'owner',
    (item) => item.leadResponsible.person,
    (item, value) => {
      item.leadResponsible.person = value;
    },
    true,
  ),
  text(
    'partnerUnit',
    (item) => item.partnerResponsible.unit,
    (item, value) => {
      item.partnerResponsible.unit = value;
    },
  ),
  text(
    'partnerOwner',
    (item) => item.partnerResponsible.person,
    (item, value) => {
      item.partnerResponsible.person = value;
    },
  ),
  {
    name: 'startDate',
    required: false,
    write: (item) => item.startDate ?? '',
    read: (cell, item) => {
      item.startDate = date(cell);
    },
  },
  {
    name: 'dueDate',
    required: true,
    write: (item) => item.dueDate ?? '',
    read: (cell, item) => {
      item.dueDate = date(cell);
      if (item.startDate && item.dueDate && item.dueDate < item.startDate) {
        throw new CellError(`due date ${item.dueDate} is before start date ${item.startDate}`);
      }
    },
  },
  {
    name: 'status',
    required: true,
    write: (item) => item.status,
    read: (cell, item) => {
      item.status = cell.trim() === '' ? 'draft' : oneOf<ItemStatus>(cell, ITEM_STATUSES, normalizeToken);
    },
  },
  {
    name: 'indicators',
    required: false,
    write: (item) => writeIndicators(item.indicators),
    read: (cell, item) => {
      item.indicators = readIndicators(cell, item.id);
    },
  },
  {
    name: 'budgetAmount',
    required: false,
    write: (item) => (item.budget.amount === null ? '' : String(item.budget.amount)),
    read: (cell, item) => {
      item.budget.amount = amount(cell);
    },
  },
  {
    name: 'budgetCurrency',
    required: false,
    write: (item) => item.budget.currency,
    read: (cell, item) => {
      item.budget.currency =
        cell.trim() === '' ? 'EUR' : oneOf<Currency>(cell, CURRENCIES, (s) => s.trim().toUpperCase());
    },
  },
  text(
    'fundingSource',
    (item) => item.budget.fundingSource,
    (item, value) => {
      item.budget.fundingSource = value;
    },
  ),
  {
    name: 'sdgTargets',
    required: false,
    write: (item) => item.sdgTargets.join('; '),
    read: (cell, item) => {
      const targets = splitList(cell, /[;,]/);
      for (const target of targets) {
        if (!sdgTargetSchema.safeParse(target).success)
          throw new CellError(`"${target}" is not an SDG target like 12.5`);
      }
      item.sdgTargets = targets;
    },
  },
  text(
    'risks',
    (item) => item.risks,
    (item, value) => {
      item.risks = value;
    },
  ),
  {
    name: 'evidence',
    required: false,
    write: (item) => item.evidence.join('\n'),
    read: (cell, item) => {
      item.evidence = splitList(cell, /\r?\n/);
    },
  },
  {
    name: 'sourceRef',
    required: false,
    write: (item) => item.sourceRef ?? '',
    read: (cell, item) => {
      item.sourceRef = cell.trim() === '' ? null : cell.trim();
    },
  },
];

export const CSV_HEADER: readonly string[] = CSV_COLUMNS.map((column) => column.name);
