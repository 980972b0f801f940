import {
  ActionPlanError,
  ActionPlanErrorCode,
  type ActionPlanItem,
  actionPlanItemSchema,
  createItem,
  findItemMap,
  type Indicator,
  readItem,
  updateItem,
} from '@weft/model';
import type * as Y from 'yjs';

export interface CsvImportOutcome {
  created: number;
  updated: number;
}

/**
 * The CSV prints indicators without ids, so the importer names them `<itemId>-indicator-<n>`;
 * for an item already in the plan the indicator at the same place keeps its id instead, and
 * re-importing a plan's own export changes nothing.
 */
function keepIndicatorIds(itemId: string, imported: Indicator[], current: readonly Indicator[]): Indicator[] {
  return imported.map((indicator, i) => {
    const known = current[i];
    return known && indicator.id === `${itemId}-indicator-${i + 1}`
      ? { ...indicator, id: known.id }
      : indicator;
  });
}

/**
 * Applies imported rows in one transaction: rows whose id is already in the plan update that item
 * in place, the others are appended at the end in file order. Every row is checked before anything
 * is written, so a bad row changes nothing.
 */
export function applyCsvImport(doc: Y.Doc, items: readonly ActionPlanItem[]): CsvImportOutcome {
  const seen = new Set<string>();
  for (const item of items) {
    if (!actionPlanItemSchema.safeParse(item).success) {
      throw new ActionPlanError(ActionPlanErrorCode.invalidValue, `invalid action item "${item.id}"`);
    }
    if (seen.has(item.id)) {
      throw new ActionPlanError(ActionPlanErrorCode.duplicateId, `item id "${item.id}" appears twice`);
    }
    seen.add(item.id);
  }
  let created = 0;
  let updated = 0;
  doc.transact(() => {
    for (const { id, ...fields } of items) {
      const existing = findItemMap(doc, id);
      if (existing) {
        const indicators = keepIndicatorIds(id, fields.indicators, readItem(existing).indicators);
        updateItem(doc, id, { ...fields, indicators });
        updated++;
      } else {
        createItem(doc, fields, { id, placement: 'end' });
        created++;
      }
    }
  });
  return { created, updated };
}
