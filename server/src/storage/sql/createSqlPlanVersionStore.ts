import { signatureSchema, signOffStateSchema } from '@weft/model';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import { type Database, fromJson } from '../db/Database.ts';
import type { WeftDatabase } from '../db/WeftDatabase.ts';
import type { PlanVersionStore, PlanVersionSummary } from '../PlanVersionStore.ts';

type VersionRow = Omit<Selectable<WeftDatabase['plan_versions']>, 'state'>;
const SUMMARY = [
  'id',
  'document_id',
  'number',
  'name',
  'content_hash',
  'signatures',
  'agreed_at',
  'created_at',
] as const;
const signaturesSchema = z.array(signatureSchema);

export function createSqlPlanVersionStore({ db }: Database): PlanVersionStore {
  return {
    async getSignOff(documentId) {
      const row = await db
        .selectFrom('plan_signoffs')
        .select(['state', 'revision'])
        .where('document_id', '=', documentId)
        .executeTakeFirst();
      if (!row) return null;
      return { state: signOffStateSchema.parse(fromJson(row.state)), revision: row.revision };
    },
    async saveSignOff(documentId, state, expectedRevision, version) {
      if (version && version.documentId !== documentId)
        throw new Error('version belongs to another document');
      const stateJson = JSON.stringify(signOffStateSchema.parse(state));
      return db.transaction().execute(async (trx) => {
        const now = Date.now();
        const saved =
          expectedRevision === 0
            ? await trx
                .insertInto('plan_signoffs')
                .values({ document_id: documentId, state: stateJson, revision: 1, updated_at: now })
                .onConflict((oc) => oc.column('document_id').doNothing())
                .returning('revision')
                .executeTakeFirst()
            : await trx
                .updateTable('plan_signoffs')
                .set((eb) => ({ state: stateJson, revision: eb('revision', '+', 1), updated_at: now }))
                .where('document_id', '=', documentId)
                .where('revision', '=', expectedRevision)
                .returning('revision')
                .executeTakeFirst();
        if (!saved) return null;
        if (version) {
          await trx
            .insertInto('plan_versions')
            .values({
              id: version.id,
              document_id: documentId,
              number: version.number,
              name: version.name,
              content_hash: version.contentHash,
              signatures: JSON.stringify(version.signatures),
              agreed_at: version.agreedAt,
              created_at: version.createdAt,
              state: version.state,
            })
            .execute();
        }
        return saved.revision;
      });
    },
    async listVersions(documentId) {
      const rows = await db
        .selectFrom('plan_versions')
        .select(SUMMARY)
        .where('document_id', '=', documentId)
        .orderBy('number')
        .execute();
      return rows.map(toSummary);
    },
    async getVersion(documentId, versionId) {
      const row = await db
        .selectFrom('plan_versions')
        .select([...SUMMARY, 'state'])
        .where('document_id', '=', documentId)
        .where('id', '=', versionId)
        .executeTakeFirst();
      return row ? { ...toSummary(row), state: new Uint8Array(row.state) } : null;
    },
  };
}

function toSummary(row: VersionRow): PlanVersionSummary {
  return {
    id: row.id,
    documentId: row.document_id,
    number: row.number,
    name: row.name,
    contentHash: row.content_hash,
    signatures: signaturesSchema.parse(fromJson(row.signatures)),
    agreedAt: row.agreed_at,
    createdAt: row.created_at,
  };
}
