import { ROLE_RANK, Role } from '@weft/protocol';
import type { Pool, PoolClient } from 'pg';
import type {
  InviteRecord,
  MemberRecord,
  MembershipChange,
  WorkspaceRecord,
  WorkspaceStore,
} from '../WorkspaceStore.ts';
import { fromBigint, fromNullableBigint } from './fromBigint.ts';
import { withTransaction } from './withTransaction.ts';

interface WorkspaceRow {
  id: string;
  title: string;
  description: string;
  cities: string[];
  archived: boolean;
  created_at: string;
  created_by: string;
}
interface MemberRow {
  workspace_id: string;
  user_id: string;
  role: string;
  joined_at: string;
}
interface InviteRow {
  id: string;
  workspace_id: string;
  token_hash: string;
  role: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  created_by: string;
}

const WS = 'id, title, description, cities, archived, created_at, created_by';
const MEMBER = 'workspace_id, user_id, role, joined_at';
const INVITE = 'id, workspace_id, token_hash, role, created_at, expires_at, revoked_at, created_by';

export function createPostgresWorkspaceStore(pool: Pool): WorkspaceStore {
  const insertMember = (db: Pool | PoolClient, m: MemberRecord) =>
    db.query(`INSERT INTO workspace_members (${MEMBER}) VALUES ($1, $2, $3, $4)`, [
      m.workspaceId,
      m.userId,
      m.role,
      m.joinedAt,
    ]);

  /**
   * Runs a membership change with the workspace row locked (FOR UPDATE), so concurrent changes on
   * any node queue up and each sees the others' committed result: the facilitator count cannot race.
   */
  const guarded = <T>(workspaceId: string, fn: (client: PoolClient) => Promise<T>) =>
    withTransaction(pool, async (client) => {
      await client.query('SELECT 1 FROM workspaces WHERE id = $1 FOR UPDATE', [workspaceId]);
      return fn(client);
    });
  const memberOf = async (db: Pool | PoolClient, workspaceId: string, userId: string) => {
    const { rows } = await db.query<MemberRow>(
      `SELECT ${MEMBER} FROM workspace_members WHERE workspace_id = $1 AND user_id = $2`,
      [workspaceId, userId],
    );
    return rows[0] ? toMember(rows[0]) : null;
  };
  const facilitators = async (client: PoolClient, workspaceId: string) => {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM workspace_members WHERE workspace_id = $1 AND role = 'facilitator'`,
      [workspaceId],
    );
    return fromBigint(rows[0]?.n ?? 0);
  };

  return {
    async create(w, firstMember) {
      await withTransaction(pool, async (client) => {
        await client.query(`INSERT INTO workspaces (${WS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
          w.id,
          w.title,
          w.description,
          w.cities,
          w.archived,
          w.createdAt,
          w.createdBy,
        ]);
        await insertMember(client, firstMember);
      });
    },
    async get(id) {
      const { rows } = await pool.query<WorkspaceRow>(`SELECT ${WS} FROM workspaces WHERE id = $1`, [id]);
      return rows[0] ? toWorkspace(rows[0]) : null;
    },
    async update(id, patch) {
      const { rows } = await pool.query<WorkspaceRow>(
        `UPDATE workspaces SET title = coalesce($2, title), description = coalesce($3, description),
           cities = coalesce($4, cities), archived = coalesce($5, archived)
         WHERE id = $1 RETURNING ${WS}`,
        [id, patch.title ?? null, patch.description ?? null, patch.cities ?? null, patch.archived ?? null],
      );
      return rows[0] ? toWorkspace(rows[0]) : null;
    },
    async listForUser(userId) {
      const { rows } = await pool.query<WorkspaceRow & { role: string }>(
        `SELECT w.id, w.title, w.description, w.cities, w.archived, w.created_at, w.created_by, m.role
         FROM workspaces w JOIN workspace_members m ON m.workspace_id = w.id
         WHERE m.user_id = $1 ORDER BY w.archived, w.created_at DESC, w.ord DESC`,
        [userId],
      );
      return rows.map((row) => ({ workspace: toWorkspace(row), role: row.role as Role }));
    },
    async getMember(workspaceId, userId) {
      return memberOf(pool, workspaceId, userId);
    },
    async listMembers(workspaceId) {
      const { rows } = await pool.query<MemberRow>(
        `SELECT ${MEMBER} FROM workspace_members WHERE workspace_id = $1 ORDER BY joined_at, ord`,
        [workspaceId],
      );
      return rows.map(toMember);
    },
    async addOrPromote(m) {
      return guarded(m.workspaceId, async (client) => {
        const existing = await memberOf(client, m.workspaceId, m.userId);
        if (!existing) {
          await insertMember(client, m);
          return m;
        }
        if (ROLE_RANK[m.role] <= ROLE_RANK[existing.role]) return existing;
        await client.query(
          'UPDATE workspace_members SET role = $1 WHERE workspace_id = $2 AND user_id = $3',
          [m.role, m.workspaceId, m.userId],
        );
        return { ...existing, role: m.role };
      });
    },
    async changeRole(workspaceId, userId, role): Promise<MembershipChange> {
      return guarded(workspaceId, async (client) => {
        const before = await memberOf(client, workspaceId, userId);
        if (!before) return { ok: false, reason: 'not_member' };
        if (
          before.role === Role.facilitator &&
          role !== Role.facilitator &&
          (await facilitators(client, workspaceId)) <= 1
        ) {
          return { ok: false, reason: 'last_facilitator' };
        }
        await client.query(
          'UPDATE workspace_members SET role = $1 WHERE workspace_id = $2 AND user_id = $3',
          [role, workspaceId, userId],
        );
        return { ok: true, before, after: { ...before, role } };
      });
    },
    async removeMember(workspaceId, userId): Promise<MembershipChange> {
      return guarded(workspaceId, async (client) => {
        const before = await memberOf(client, workspaceId, userId);
        if (!before) return { ok: false, reason: 'not_member' };
        if (before.role === Role.facilitator && (await facilitators(client, workspaceId)) <= 1) {
          return { ok: false, reason: 'last_facilitator' };
        }
        await client.query('DELETE FROM workspace_members WHERE workspace_id = $1 AND user_id = $2', [
          workspaceId,
          userId,
        ]);
        return { ok: true, before, after: null };
      });
    },
    async createInvite(i) {
      await pool.query(`INSERT INTO invites (${INVITE}) VALUES ($1, $2, $3, $4, $5, $6, NULL, $7)`, [
        i.id,
        i.workspaceId,
        i.tokenHash,
        i.role,
        i.createdAt,
        i.expiresAt,
        i.createdBy,
      ]);
    },
    async getInvite(id) {
      const { rows } = await pool.query<InviteRow>(`SELECT ${INVITE} FROM invites WHERE id = $1`, [id]);
      return rows[0] ? toInvite(rows[0]) : null;
    },
    async findInviteByTokenHash(tokenHash) {
      const { rows } = await pool.query<InviteRow>(`SELECT ${INVITE} FROM invites WHERE token_hash = $1`, [
        tokenHash,
      ]);
      return rows[0] ? toInvite(rows[0]) : null;
    },
    async listInvites(workspaceId) {
      const { rows } = await pool.query<InviteRow>(
        `SELECT ${INVITE} FROM invites WHERE workspace_id = $1 ORDER BY created_at DESC, ord DESC`,
        [workspaceId],
      );
      return rows.map(toInvite);
    },
    async revokeInvite(workspaceId, id, at) {
      const { rows } = await pool.query<InviteRow>(
        `UPDATE invites SET revoked_at = coalesce(revoked_at, $1) WHERE workspace_id = $2 AND id = $3
         RETURNING ${INVITE}`,
        [at, workspaceId, id],
      );
      return rows[0] ? toInvite(rows[0]) : null;
    },
  };
}

function toWorkspace(r: WorkspaceRow): WorkspaceRecord {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    cities: r.cities,
    archived: r.archived,
    createdAt: fromBigint(r.created_at),
    createdBy: r.created_by,
  };
}

function toMember(r: MemberRow): MemberRecord {
  return {
    workspaceId: r.workspace_id,
    userId: r.user_id,
    role: r.role as Role,
    joinedAt: fromBigint(r.joined_at),
  };
}

function toInvite(r: InviteRow): InviteRecord {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    tokenHash: r.token_hash,
    role: r.role as Role,
    createdAt: fromBigint(r.created_at),
    expiresAt: fromBigint(r.expires_at),
    revokedAt: fromNullableBigint(r.revoked_at),
    createdBy: r.created_by,
  };
}
