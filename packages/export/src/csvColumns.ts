import {
  type ActionPlanItem,
  CURRENCIES,
  type Currency,
  ITEM_STATUSES,
  type ItemStatus,
  isIsoDate,
  LOGFRAME_LEVELS,
  type LogframeLevel,
  sdgTargetSchema,
} from '@weft/model';

import { CellError } from './csvCellError.ts';
import { readIndicators, writeIndicators } from './csvIndicators.ts';

export { CellError };

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
