import { ROLE_RANK, Role } from '@weft/protocol';
import type {
  InviteRecord,
  MemberRecord,
  MembershipChange,
  WorkspaceRecord,
  WorkspaceStore,
} from '../WorkspaceStore.ts';
import type { SqliteDatabase } from './openSqliteDatabase.ts';
import { stripUndefined } from './stripUndefined.ts';

interface WorkspaceRow {
  id: string;
  title: string;
  description: string;
  cities: string;
  archived: number;
  created_at: number;
  created_by: string;
}
interface MemberRow {
  workspace_id: string;
  user_id: string;
  role: string;
  joined_at: number;
}
interface InviteRow {
  id: string;
  workspace_id: string;
  token_hash: string;
  role: string;
  created_at: number;
  expires_at: number;
  revoked_at: number | null;
  created_by: string;
}

const WS = 'id, title, description, cities, archived, created_at, created_by';
const MEMBER = 'workspace_id, user_id, role, joined_at';
const INVITE = 'id, workspace_id, token_hash, role, created_at, expires_at, revoked_at, created_by';

export function createSqliteWorkspaceStore(db: SqliteDatabase): WorkspaceStore {
  const insertWs = db.prepare<[string, string, string, string, number, number, string]>(
    `INSERT INTO workspaces (${WS}) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const wsById = db.prepare<[string], WorkspaceRow>(`SELECT ${WS} FROM workspaces WHERE id = ?`);
  const updateWs = db.prepare<[string, string, string, number, string]>(
    'UPDATE workspaces SET title = ?, description = ?, cities = ?, archived = ? WHERE id = ?',
  );
  const wsForUser = db.prepare<[string], WorkspaceRow & { role: string }>(
    `SELECT w.id, w.title, w.description, w.cities, w.archived, w.created_at, w.created_by, m.role
     FROM workspaces w JOIN workspace_members m ON m.workspace_id = w.id
     WHERE m.user_id = ? ORDER BY w.archived, w.created_at DESC, w.rowid DESC`,
  );
  const insertMember = db.prepare<[string, string, string, number]>(
    `INSERT INTO workspace_members (${MEMBER}) VALUES (?, ?, ?, ?)`,
  );
  const memberOf = db.prepare<[string, string], MemberRow>(
    `SELECT ${MEMBER} FROM workspace_members WHERE workspace_id = ? AND user_id = ?`,
  );
  const membersOf = db.prepare<[string], MemberRow>(
    `SELECT ${MEMBER} FROM workspace_members WHERE workspace_id = ? ORDER BY joined_at, rowid`,
  );
  const setRole = db.prepare<[string, string, string]>(
    'UPDATE workspace_members SET role = ? WHERE workspace_id = ? AND user_id = ?',
  );
  const deleteMember = db.prepare<[string, string]>(
    'DELETE FROM workspace_members WHERE workspace_id = ? AND user_id = ?',
  );
  const countFacilitators = db.prepare<[string], { n: number }>(
    `SELECT count(*) AS n FROM workspace_members WHERE workspace_id = ? AND role = 'facilitator'`,
  );
  const insertInvite = db.prepare<[string, string, string, string, number, number, null, string]>(
    `INSERT INTO invites (${INVITE}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const inviteById = db.prepare<[string], InviteRow>(`SELECT ${INVITE} FROM invites WHERE id = ?`);
  const inviteByHash = db.prepare<[string], InviteRow>(`SELECT ${INVITE} FROM invites WHERE token_hash = ?`);
  const invitesOf = db.prepare<[string], InviteRow>(
    `SELECT ${INVITE} FROM invites WHERE workspace_id = ? ORDER BY created_at DESC, rowid DESC`,
  );
  const revokeInvite = db.prepare<[number, string, string], InviteRow>(
    `UPDATE invites SET revoked_at = coalesce(revoked_at, ?) WHERE workspace_id = ? AND id = ?
     RETURNING ${INVITE}`,
  );

  const createTx = db.transaction((w: WorkspaceRecord, m: MemberRecord) => {
    insertWs.run(
      w.id,
      w.title,
      w.description,
      JSON.stringify(w.cities),
      w.archived ? 1 : 0,
      w.createdAt,
      w.createdBy,
    );
    insertMember.run(m.workspaceId, m.userId, m.role, m.joinedAt);
  });
  const updateTx = db.transaction((id: string, patch: Partial<WorkspaceRecord>) => {
    const row = wsById.get(id);
    if (!row) return null;
    const next = { ...toWorkspace(row), ...patch };
    updateWs.run(next.title, next.description, JSON.stringify(next.cities), next.archived ? 1 : 0, id);
    return next;
  });
  const addOrPromoteTx = db.transaction((m: MemberRecord): MemberRecord => {
    const row = memberOf.get(m.workspaceId, m.userId);
    if (!row) {
      insertMember.run(m.workspaceId, m.userId, m.role, m.joinedAt);
      return m;
    }
    const existing = toMember(row);
    if (ROLE_RANK[m.role] <= ROLE_RANK[existing.role]) return existing;
    setRole.run(m.role, m.workspaceId, m.userId);
    return { ...existing, role: m.role };
  });
  // Both guarded changes read and write in one transaction, so the facilitator count cannot race.
  const changeRoleTx = db.transaction((workspaceId: string, userId: string, role: Role): MembershipChange => {
    const row = memberOf.get(workspaceId, userId);
    if (!row) return { ok: false, reason: 'not_member' };
    const before = toMember(row);
    if (before.role === Role.facilitator && role !== Role.facilitator && facilitators(workspaceId) <= 1) {
      return { ok: false, reason: 'last_facilitator' };
    }
    setRole.run(role, workspaceId, userId);
    return { ok: true, before, after: { ...before, role } };
  });
  const removeTx = db.transaction((workspaceId: string, userId: string): MembershipChange => {
    const row = memberOf.get(workspaceId, userId);
    if (!row) return { ok: false, reason: 'not_member' };
    const before = toMember(row);
    if (before.role === Role.facilitator && facilitators(workspaceId) <= 1) {
      return { ok: false, reason: 'last_facilitator' };
    }
    deleteMember.run(workspaceId, userId);
    return { ok: true, before, after: null };
  });
  const facilitators = (workspaceId: string) => countFacilitators.get(workspaceId)?.n ?? 0;

  return {
    async create(workspace, firstMember) {
      createTx(workspace, firstMember);
    },
    async get(id) {
      const row = wsById.get(id);
      return row ? toWorkspace(row) : null;
    },
    async update(id, patch) {
      return updateTx(id, stripUndefined(patch));
    },
    async listForUser(userId) {
      return wsForUser.all(userId).map((row) => ({ workspace: toWorkspace(row), role: row.role as Role }));
    },
    async getMember(workspaceId, userId) {
      const row = memberOf.get(workspaceId, userId);
      return row ? toMember(row) : null;
    },
    async listMembers(workspaceId) {
      return membersOf.all(workspaceId).map(toMember);
    },
    async addOrPromote(member) {
      return addOrPromoteTx(member);
    },
    async changeRole(workspaceId, userId, role) {
      return changeRoleTx(workspaceId, userId, role);
    },
    async removeMember(workspaceId, userId) {
      return removeTx(workspaceId, userId);
    },
    async createInvite(i) {
      insertInvite.run(i.id, i.workspaceId, i.tokenHash, i.role, i.createdAt, i.expiresAt, null, i.createdBy);
    },
    async getInvite(id) {
      const row = inviteById.get(id);
      return row ? toInvite(row) : null;
    },
    async findInviteByTokenHash(tokenHash) {
      const row = inviteByHash.get(tokenHash);
      return row ? toInvite(row) : null;
    },
    async listInvites(workspaceId) {
      return invitesOf.all(workspaceId).map(toInvite);
    },
    async revokeInvite(workspaceId, id, at) {
      const row = revokeInvite.get(at, workspaceId, id);
      return row ? toInvite(row) : null;
    },
  };
}

function toWorkspace(r: WorkspaceRow): WorkspaceRecord {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    cities: JSON.parse(r.cities) as string[],
    archived: r.archived === 1,
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}

function toMember(r: MemberRow): MemberRecord {
  return { workspaceId: r.workspace_id, userId: r.user_id, role: r.role as Role, joinedAt: r.joined_at };
}

function toInvite(r: InviteRow): InviteRecord {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    tokenHash: r.token_hash,
    role: r.role as Role,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    createdBy: r.created_by,
  };
}
