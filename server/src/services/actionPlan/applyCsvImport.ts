import {
  ActionPlanError,
  ActionPlanErrorCode,
  type ActionPlanItem,
  actionPlanItemSchema,
  createItem,
  findItemMap,
  updateItem,
} from '@weft/model';
import type * as Y from 'yjs';

export interface CsvImportOutcome {
  created: number;
  updated: number;
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
      if (findItemMap(doc, id)) {
        updateItem(doc, id, fields);
        updated++;
      } else {
        createItem(doc, fields, { id, placement: 'end' });
        created++;
      }
    }
  });
  return { created, updated };
}
