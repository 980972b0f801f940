import { ROLE_RANK, Role } from '@weft/protocol';
import type { Kysely, Selectable } from 'kysely';
import { type Database, flag, insertionOrder, lockedForUpdate, textList } from '../db/Database.ts';
import type { WeftDatabase } from '../db/WeftDatabase.ts';
import type {
  CitiesChange,
  CityRecord,
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
type CityRow = Selectable<WeftDatabase['workspace_cities']>;
type Db = Kysely<WeftDatabase>;

const WS = ['id', 'title', 'description', 'cities', 'archived', 'created_at', 'created_by'] as const;
const MEMBER = ['workspace_id', 'user_id', 'role', 'joined_at', 'city_id'] as const;
const CITY = ['id', 'workspace_id', 'name', 'time_zone', 'country', 'colour', 'position'] as const;
const INVITE = [
  'id',
  'workspace_id',
  'token_hash',
  'role',
  'created_at',
  'expires_at',
  'revoked_at',
  'created_by',
  'city_id',
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
      .values({
        workspace_id: m.workspaceId,
        user_id: m.userId,
        role: m.role,
        joined_at: m.joinedAt,
        city_id: m.cityId,
      })
      .execute();
  /** The cities of these workspaces, each list in the workspace's order. */
  const citiesOf = async (q: Db, workspaceIds: readonly string[]) => {
    const byWorkspace = new Map<string, CityRecord[]>(workspaceIds.map((id) => [id, []]));
    if (workspaceIds.length === 0) return byWorkspace;
    const rows = await q
      .selectFrom('workspace_cities')
      .select(CITY)
      .where('workspace_id', 'in', [...workspaceIds])
      .orderBy('workspace_id')
      .orderBy('position')
      .execute();
    for (const row of rows) byWorkspace.get(row.workspace_id)?.push(toCity(row));
    return byWorkspace;
  };
  const insertCities = (q: Db, workspaceId: string, cities: readonly CityRecord[], from = 0) =>
    cities.length === 0
      ? Promise.resolve()
      : q
          .insertInto('workspace_cities')
          .values(cities.map((c, i) => cityRow(workspaceId, c, from + i)))
          .execute()
          .then(() => undefined);
  const withCities = async (q: Db, row: Pick<WorkspaceRow, (typeof WS)[number]>) =>
    toWorkspace(row, (await citiesOf(q, [row.id])).get(row.id) ?? []);
  const setRole = (q: Db, workspaceId: string, userId: string, role: Role) =>
    q
      .updateTable('workspace_members')
      .set({ role })
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .execute();
  const setCity = (q: Db, workspaceId: string, userId: string, cityId: string | null) =>
    q
      .updateTable('workspace_members')
      .set({ city_id: cityId })
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
            cities: textList(
              d,
              w.cities.map((c) => c.name),
            ),
            archived: flag(w.archived),
            created_at: w.createdAt,
            created_by: w.createdBy,
          })
          .execute();
        await insertCities(trx, w.id, w.cities);
        await insertMember(trx, firstMember);
      });
    },
    async get(id) {
      const row = await db.selectFrom('workspaces').select(WS).where('id', '=', id).executeTakeFirst();
      return row ? withCities(db, row) : null;
    },
    async update(id, patch) {
      const set = {
        title: patch.title,
        description: patch.description,
        archived: patch.archived === undefined ? undefined : flag(patch.archived),
      };
      if (!hasChanges(set)) return this.get(id);
      const row = await db
        .updateTable('workspaces')
        .set(set)
        .where('id', '=', id)
        .returning(WS)
        .executeTakeFirst();
      return row ? withCities(db, row) : null;
    },
    async setCities(id, cities): Promise<CitiesChange> {
      return guarded(id, async (q) => {
        const row = await q.selectFrom('workspaces').select(WS).where('id', '=', id).executeTakeFirst();
        if (!row) return { ok: false, reason: 'not_found' };
        const before = (await citiesOf(q, [id])).get(id) ?? [];
        const kept = new Set(cities.map((c) => c.id));
        const removed = before.filter((c) => !kept.has(c.id));
        if (removed.length > 0) {
          const ids = removed.map((c) => c.id);
          const member = await q
            .selectFrom('workspace_members')
            .select('city_id')
            .where('workspace_id', '=', id)
            .where('city_id', 'in', ids)
            .executeTakeFirst();
          const invite = member
            ? undefined
            : await q
                .selectFrom('invites')
                .select('city_id')
                .where('workspace_id', '=', id)
                .where('city_id', 'in', ids)
                .where('revoked_at', 'is', null)
                .executeTakeFirst();
          const usedId = member?.city_id ?? invite?.city_id;
          const used = removed.find((c) => c.id === usedId);
          if (used) return { ok: false, reason: 'city_in_use', city: used };
          await q
            .deleteFrom('workspace_cities')
            .where('workspace_id', '=', id)
            .where('id', 'in', ids)
            .execute();
        }
        const existing = new Set(before.map((c) => c.id));
        for (const [position, city] of cities.entries()) {
          if (!existing.has(city.id)) {
            await insertCities(q, id, [city], position);
            continue;
          }
          const { id: _id, workspace_id: _w, ...set } = cityRow(id, city, position);
          await q
            .updateTable('workspace_cities')
            .set(set)
            .where('workspace_id', '=', id)
            .where('id', '=', city.id)
            .execute();
        }
        await q
          .updateTable('workspaces')
          .set({
            cities: textList(
              d,
              cities.map((c) => c.name),
            ),
          })
          .where('id', '=', id)
          .execute();
        return { ok: true, workspace: toWorkspace(row, cities) };
      });
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
      const cities = await citiesOf(
        db,
        rows.map((r) => r.id),
      );
      return rows.map((row) => ({
        workspace: toWorkspace(row, cities.get(row.id) ?? []),
        role: row.role as Role,
      }));
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
        let result = existing;
        if (existing.cityId === null && m.cityId !== null) {
          await setCity(q, m.workspaceId, m.userId, m.cityId);
          result = { ...result, cityId: m.cityId };
        }
        if (ROLE_RANK[m.role] <= ROLE_RANK[existing.role]) return result;
        await setRole(q, m.workspaceId, m.userId, m.role);
        return { ...result, role: m.role };
      });
    },
    async setMemberCity(workspaceId, userId, cityId) {
      return guarded(workspaceId, async (q) => {
        const before = await memberOf(q, workspaceId, userId);
        if (!before) return null;
        if (cityId !== null) {
          const city = await q
            .selectFrom('workspace_cities')
            .select('id')
            .where('workspace_id', '=', workspaceId)
            .where('id', '=', cityId)
            .executeTakeFirst();
          if (!city) return null;
        }
        await setCity(q, workspaceId, userId, cityId);
        return { ...before, cityId };
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
          city_id: i.cityId,
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

function toWorkspace(r: Pick<WorkspaceRow, (typeof WS)[number]>, cities: CityRecord[]): WorkspaceRecord {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    cities,
    archived: Boolean(r.archived),
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}

function toMember(r: MemberRow): MemberRecord {
  return {
    workspaceId: r.workspace_id,
    userId: r.user_id,
    role: r.role as Role,
    joinedAt: r.joined_at,
    cityId: r.city_id,
  };
}

function toCity(r: CityRow): CityRecord {
  return { id: r.id, name: r.name, timeZone: r.time_zone, country: r.country, colour: r.colour };
}

function cityRow(workspaceId: string, c: CityRecord, position: number): CityRow {
  return {
    id: c.id,
    workspace_id: workspaceId,
    name: c.name,
    time_zone: c.timeZone,
    country: c.country,
    colour: c.colour,
    position,
  };
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
    cityId: r.city_id,
  };
}
