import { type Signature, signatureSchema, signOffStateSchema } from '@weft/model';
import type { Pool } from 'pg';
import { z } from 'zod';
import type { PlanVersionStore, PlanVersionSummary } from '../PlanVersionStore.ts';
import { fromBigint } from './fromBigint.ts';
import { withTransaction } from './withTransaction.ts';

interface VersionRow {
  id: string;
  document_id: string;
  number: number;
  name: string;
  content_hash: string;
  signatures: unknown;
  agreed_at: string;
  created_at: string;
  state?: Buffer;
}

const SUMMARY_COLUMNS = 'id, document_id, number, name, content_hash, signatures, agreed_at, created_at';
const signaturesSchema = z.array(signatureSchema);

/**
 * Compare-and-set on `revision` (the WHERE of the update, or the primary key for the first save)
 * makes concurrent sign-offs on different nodes safe; a trigger keeps agreed versions immutable.
 */
export function createPostgresPlanVersionStore(pool: Pool): PlanVersionStore {
  return {
    async getSignOff(documentId) {
      const { rows } = await pool.query<{ state: unknown; revision: number }>(
        'SELECT state, revision FROM plan_signoffs WHERE document_id = $1',
        [documentId],
      );
      const row = rows[0];
      if (!row) return null;
      return { state: signOffStateSchema.parse(row.state), revision: row.revision };
    },
    async saveSignOff(documentId, state, expectedRevision, version) {
      if (version && version.documentId !== documentId)
        throw new Error('version belongs to another document');
      const stateJson = JSON.stringify(signOffStateSchema.parse(state));
      return withTransaction(pool, async (client) => {
        const now = Date.now();
        const { rows } =
          expectedRevision === 0
            ? await client.query<{ revision: number }>(
                `INSERT INTO plan_signoffs (document_id, state, revision, updated_at) VALUES ($1, $2, 1, $3)
                 ON CONFLICT (document_id) DO NOTHING RETURNING revision`,
                [documentId, stateJson, now],
              )
            : await client.query<{ revision: number }>(
                `UPDATE plan_signoffs SET state = $1, revision = revision + 1, updated_at = $2
                 WHERE document_id = $3 AND revision = $4 RETURNING revision`,
                [stateJson, now, documentId, expectedRevision],
              );
        const saved = rows[0];
        if (!saved) return null;
        if (version) {
          await client.query(
            `INSERT INTO plan_versions (${SUMMARY_COLUMNS}, state) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            [
              version.id,
              documentId,
              version.number,
              version.name,
              version.contentHash,
              JSON.stringify(version.signatures),
              version.agreedAt,
              version.createdAt,
              Buffer.from(version.state),
            ],
          );
        }
        return saved.revision;
      });
    },
    async listVersions(documentId) {
      const { rows } = await pool.query<VersionRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM plan_versions WHERE document_id = $1 ORDER BY number`,
        [documentId],
      );
      return rows.map(toSummary);
    },
    async getVersion(documentId, versionId) {
      const { rows } = await pool.query<VersionRow>(
        `SELECT ${SUMMARY_COLUMNS}, state FROM plan_versions WHERE document_id = $1 AND id = $2`,
        [documentId, versionId],
      );
      const row = rows[0];
      if (!row?.state) return null;
      return { ...toSummary(row), state: new Uint8Array(row.state) };
    },
  };
}

function toSummary(row: VersionRow): PlanVersionSummary {
  const signatures: Signature[] = signaturesSchema.parse(row.signatures);
  return {
    id: row.id,
    documentId: row.document_id,
    number: row.number,
    name: row.name,
    contentHash: row.content_hash,
    signatures,
    agreedAt: row.agreed_at,
    createdAt: fromBigint(row.created_at),
  };
}
