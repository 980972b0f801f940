import { ROLE_RANK, Role } from '@weft/protocol';
import type { Kysely, Selectable } from 'kysely';
import { type Database, flag, fromJson, insertionOrder, lockedForUpdate, textList } from '../db/Database.ts';
import type { WeftDatabase } from '../db/WeftDatabase.ts';
import type {
  InviteRecord,
  MemberRecord,
  MembershipChange,
  WorkspaceRecord,
  WorkspaceStore,
} from '../WorkspaceStore.ts';
import { hasChanges } from './hasChanges.ts';

type WorkspaceRow = Selectable<WeftDatabase['workspaces']>;
type MemberRow = Selectable<WeftDatabase['workspace_members']>;
type InviteRow = Selectable<WeftDatabase['invites']>;
type Db = Kysely<WeftDatabase>;

const WS = ['id', 'title', 'description', 'cities', 'archived', 'created_at', 'created_by'] as const;
const MEMBER = ['workspace_id', 'user_id', 'role', 'joined_at'] as const;
const INVITE = [
  'id',
  'workspace_id',
  'token_hash',
  'role',
  'created_at',
  'expires_at',
  'revoked_at',
  'created_by',
] as const;

export function createSqlWorkspaceStore(d: Database): WorkspaceStore {
  const { db } = d;
  const memberOf = async (q: Db, workspaceId: string, userId: string) => {
    const row = await q
      .selectFrom('workspace_members')
      .select(MEMBER)
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row ? toMember(row) : null;
  };
  const insertMember = (q: Db, m: MemberRecord) =>
    q
      .insertInto('workspace_members')
      .values({ workspace_id: m.workspaceId, user_id: m.userId, role: m.role, joined_at: m.joinedAt })
      .execute();
  const setRole = (q: Db, workspaceId: string, userId: string, role: Role) =>
    q
      .updateTable('workspace_members')
      .set({ role })
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .execute();
  const facilitators = async (q: Db, workspaceId: string) => {
    const row = await q
      .selectFrom('workspace_members')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('role', '=', Role.facilitator)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  };
  /**
   * Runs a membership change in one transaction with the workspace row locked, so concurrent
   * changes (on any node) queue up and each sees the others' result: the facilitator count cannot race.
   */
  const guarded = <T>(workspaceId: string, fn: (q: Db) => Promise<T>) =>
    db.transaction().execute(async (trx) => {
      await lockedForUpdate(
        d,
        trx.selectFrom('workspaces').select('id').where('id', '=', workspaceId),
      ).execute();
      return fn(trx);
    });
  const invites = () => db.selectFrom('invites').select(INVITE);

  return {
    async create(w, firstMember) {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('workspaces')
          .values({
            id: w.id,
            title: w.title,
            description: w.description,
            cities: textList(d, w.cities),
            archived: flag(w.archived),
            created_at: w.createdAt,
            created_by: w.createdBy,
          })
          .execute();
        await insertMember(trx, firstMember);
      });
    },
    async get(id) {
      const row = await db.selectFrom('workspaces').select(WS).where('id', '=', id).executeTakeFirst();
      return row ? toWorkspace(row) : null;
    },
    async update(id, patch) {
      const set = {
        title: patch.title,
        description: patch.description,
        cities: patch.cities === undefined ? undefined : textList(d, patch.cities),
        archived: patch.archived === undefined ? undefined : flag(patch.archived),
      };
      if (!hasChanges(set)) return this.get(id);
      const row = await db
        .updateTable('workspaces')
        .set(set)
        .where('id', '=', id)
        .returning(WS)
        .executeTakeFirst();
      return row ? toWorkspace(row) : null;
    },
    async listForUser(userId) {
      const rows = await db
        .selectFrom('workspaces as w')
        .innerJoin('workspace_members as m', 'm.workspace_id', 'w.id')
        .select([
          'w.id',
          'w.title',
          'w.description',
          'w.cities',
          'w.archived',
          'w.created_at',
          'w.created_by',
          'm.role',
        ])
        .where('m.user_id', '=', userId)
        .orderBy('w.archived')
        .orderBy('w.created_at', 'desc')
        .orderBy(insertionOrder(d, 'w'), 'desc')
        .execute();
      return rows.map((row) => ({ workspace: toWorkspace(row), role: row.role as Role }));
    },
    async getMember(workspaceId, userId) {
      return memberOf(db, workspaceId, userId);
    },
    async listMembers(workspaceId) {
      const rows = await db
        .selectFrom('workspace_members')
        .select(MEMBER)
        .where('workspace_id', '=', workspaceId)
        .orderBy('joined_at')
        .orderBy(insertionOrder(d))
        .execute();
      return rows.map(toMember);
    },
    async addOrPromote(m) {
      return guarded(m.workspaceId, async (q) => {
        const existing = await memberOf(q, m.workspaceId, m.userId);
        if (!existing) {
          await insertMember(q, m);
          return m;
        }
        if (ROLE_RANK[m.role] <= ROLE_RANK[existing.role]) return existing;
        await setRole(q, m.workspaceId, m.userId, m.role);
        return { ...existing, role: m.role };
      });
    },
    async changeRole(workspaceId, userId, role): Promise<MembershipChange> {
      return guarded(workspaceId, async (q) => {
        const before = await memberOf(q, workspaceId, userId);
        if (!before) return { ok: false, reason: 'not_member' };
        if (
          before.role === Role.facilitator &&
          role !== Role.facilitator &&
          (await facilitators(q, workspaceId)) <= 1
        ) {
          return { ok: false, reason: 'last_facilitator' };
        }
        await setRole(q, workspaceId, userId, role);
        return { ok: true, before, after: { ...before, role } };
      });
    },
    async removeMember(workspaceId, userId): Promise<MembershipChange> {
      return guarded(workspaceId, async (q) => {
        const before = await memberOf(q, workspaceId, userId);
        if (!before) return { ok: false, reason: 'not_member' };
        if (before.role === Role.facilitator && (await facilitators(q, workspaceId)) <= 1) {
          return { ok: false, reason: 'last_facilitator' };
        }
        await q
          .deleteFrom('workspace_members')
          .where('workspace_id', '=', workspaceId)
          .where('user_id', '=', userId)
          .execute();
        return { ok: true, before, after: null };
      });
    },
    async createInvite(i) {
      await db
        .insertInto('invites')
        .values({
          id: i.id,
          workspace_id: i.workspaceId,
          token_hash: i.tokenHash,
          role: i.role,
          created_at: i.createdAt,
          expires_at: i.expiresAt,
          revoked_at: null,
          created_by: i.createdBy,
        })
        .execute();
    },
    async getInvite(id) {
      const row = await invites().where('id', '=', id).executeTakeFirst();
      return row ? toInvite(row) : null;
    },
    async findInviteByTokenHash(tokenHash) {
      const row = await invites().where('token_hash', '=', tokenHash).executeTakeFirst();
      return row ? toInvite(row) : null;
    },
    async listInvites(workspaceId) {
      const rows = await invites()
        .where('workspace_id', '=', workspaceId)
        .orderBy('created_at', 'desc')
        .orderBy(insertionOrder(d), 'desc')
        .execute();
      return rows.map(toInvite);
    },
    async revokeInvite(workspaceId, id, at) {
      const row = await db
        .updateTable('invites')
        .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(at)) }))
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .returning(INVITE)
        .executeTakeFirst();
      return row ? toInvite(row) : null;
    },
  };
}

function toWorkspace(r: Pick<WorkspaceRow, (typeof WS)[number]>): WorkspaceRecord {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    cities: fromJson<string[]>(r.cities),
    archived: Boolean(r.archived),
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
