import { type Signature, signatureSchema, signOffStateSchema } from '@weft/model';
import { z } from 'zod';
import type { PlanVersionRecord, PlanVersionStore, PlanVersionSummary } from '../PlanVersionStore.ts';
import type { SqliteDatabase } from './openSqliteDatabase.ts';

interface SignOffRow {
  state: string;
  revision: number;
}

interface VersionRow {
  id: string;
  document_id: string;
  number: number;
  name: string;
  content_hash: string;
  signatures: string;
  agreed_at: string;
  created_at: number;
  state?: Buffer;
}

const SUMMARY_COLUMNS = 'id, document_id, number, name, content_hash, signatures, agreed_at, created_at';
const signaturesSchema = z.array(signatureSchema);

export function createSqlitePlanVersionStore(db: SqliteDatabase): PlanVersionStore {
  const getSignOff = db.prepare<[string], SignOffRow>(
    'SELECT state, revision FROM plan_signoffs WHERE document_id = ?',
  );
  const insertSignOff = db.prepare<[string, string, number]>(
    'INSERT INTO plan_signoffs (document_id, state, revision, updated_at) VALUES (?, ?, 1, ?)',
  );
  const updateSignOff = db.prepare<[string, number, string, number]>(
    'UPDATE plan_signoffs SET state = ?, revision = revision + 1, updated_at = ? WHERE document_id = ? AND revision = ?',
  );
  const insertVersion = db.prepare<[string, string, number, string, string, string, string, number, Buffer]>(
    `INSERT INTO plan_versions (${SUMMARY_COLUMNS}, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const listVersions = db.prepare<[string], VersionRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM plan_versions WHERE document_id = ? ORDER BY number`,
  );
  const getVersion = db.prepare<[string, string], VersionRow>(
    `SELECT ${SUMMARY_COLUMNS}, state FROM plan_versions WHERE document_id = ? AND id = ?`,
  );

  const save = db.transaction(
    (documentId: string, stateJson: string, expected: number, version: PlanVersionRecord | undefined) => {
      const now = Date.now();
      let revision: number;
      if (expected === 0) {
        if (getSignOff.get(documentId)) return null;
        insertSignOff.run(documentId, stateJson, now);
        revision = 1;
      } else {
        if (updateSignOff.run(stateJson, now, documentId, expected).changes === 0) return null;
        revision = expected + 1;
      }
      if (version) {
        insertVersion.run(
          version.id,
          documentId,
          version.number,
          version.name,
          version.contentHash,
          JSON.stringify(version.signatures),
          version.agreedAt,
          version.createdAt,
          Buffer.from(version.state),
        );
      }
      return revision;
    },
  );

  return {
    async getSignOff(documentId) {
      const row = getSignOff.get(documentId);
      if (!row) return null;
      return { state: signOffStateSchema.parse(JSON.parse(row.state)), revision: row.revision };
    },
    async saveSignOff(documentId, state, expectedRevision, version) {
      if (version && version.documentId !== documentId)
        throw new Error('version belongs to another document');
      return save(documentId, JSON.stringify(signOffStateSchema.parse(state)), expectedRevision, version);
    },
    async listVersions(documentId) {
      return listVersions.all(documentId).map(toSummary);
    },
    async getVersion(documentId, versionId) {
      const row = getVersion.get(documentId, versionId);
      if (!row?.state) return null;
      return { ...toSummary(row), state: new Uint8Array(row.state) };
    },
  };
}

function toSummary(row: VersionRow): PlanVersionSummary {
  const signatures: Signature[] = signaturesSchema.parse(JSON.parse(row.signatures));
  return {
    id: row.id,
    documentId: row.document_id,
    number: row.number,
    name: row.name,
    contentHash: row.content_hash,
    signatures,
    agreedAt: row.agreed_at,
    createdAt: row.created_at,
  };
}
