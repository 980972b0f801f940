import type { ApiToken, City, DocumentMeta, Invite, Member, Role, User, Workspace } from '@weft/protocol';
import type { DocumentMetaRecord } from '../storage/DocumentMetaStore.ts';
import type { ApiTokenRecord } from '../storage/TokenStore.ts';
import type { UserRecord } from '../storage/UserStore.ts';
import type { CityRecord, InviteRecord, MemberRecord, WorkspaceRecord } from '../storage/WorkspaceStore.ts';

// Stored records carry hashes and epoch times; these turn them into the API's shapes.

const iso = (ms: number) => new Date(ms).toISOString();

export function userView(u: UserRecord): User {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    city: u.city,
    organisation: u.organisation,
    language: u.language,
    timeZone: u.timeZone,
    createdAt: iso(u.createdAt),
  };
}

export function tokenView(t: ApiTokenRecord): ApiToken {
  return {
    id: t.id,
    name: t.name,
    createdAt: iso(t.createdAt),
    lastUsedAt: t.lastUsedAt === null ? null : iso(t.lastUsedAt),
  };
}

export function workspaceView(w: WorkspaceRecord, role: Role): Workspace {
  return {
    id: w.id,
    title: w.title,
    description: w.description,
    cities: w.cities.map(cityView),
    archived: w.archived,
    createdAt: iso(w.createdAt),
    role,
  };
}

export function cityView(c: CityRecord): City {
  return {
    id: c.id,
    name: c.name,
    timeZone: c.timeZone,
    ...(c.country !== null ? { country: c.country } : {}),
    ...(c.colour !== null ? { colour: c.colour } : {}),
  };
}

/** `city` is the workspace city the member represents (not the free-text profile city). */
export function memberView(m: MemberRecord, u: UserRecord | undefined, city: CityRecord | null): Member {
  return {
    userId: m.userId,
    email: u?.email ?? '',
    displayName: u?.displayName ?? '',
    city: city?.name ?? '',
    cityId: city?.id ?? null,
    role: m.role,
    joinedAt: iso(m.joinedAt),
  };
}

export function inviteView(i: InviteRecord): Invite {
  return {
    id: i.id,
    role: i.role,
    createdAt: iso(i.createdAt),
    expiresAt: iso(i.expiresAt),
    revoked: i.revokedAt !== null,
    createdBy: i.createdBy,
    cityId: i.cityId,
  };
}

export function documentView(d: DocumentMetaRecord): DocumentMeta {
  return {
    id: d.id,
    workspaceId: d.workspaceId,
    type: d.type,
    title: d.title,
    archived: d.archived,
    createdAt: iso(d.createdAt),
    updatedAt: iso(d.updatedAt),
    createdBy: d.createdBy,
  };
}
