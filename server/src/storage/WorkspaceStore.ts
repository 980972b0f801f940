import type { Role } from '@weft/protocol';

/** A city of a workspace, in the workspace's order. */
export interface CityRecord {
  id: string;
  name: string;
  /** IANA zone. */
  timeZone: string;
  country: string | null;
  colour: string | null;
}

/** Times are epoch milliseconds. */
export interface WorkspaceRecord {
  id: string;
  title: string;
  description: string;
  cities: CityRecord[];
  archived: boolean;
  createdAt: number;
  createdBy: string;
}

export type WorkspacePatch = Partial<Pick<WorkspaceRecord, 'title' | 'description' | 'archived'>>;

export interface MemberRecord {
  workspaceId: string;
  userId: string;
  role: Role;
  joinedAt: number;
  /** The workspace city this member represents, or null. */
  cityId: string | null;
}

/** Replacing the city list fails when it would drop a city a member or open invite still names. */
export type CitiesChange =
  | { ok: true; workspace: WorkspaceRecord }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'city_in_use'; city: CityRecord };

export interface InviteRecord {
  id: string;
  workspaceId: string;
  /** Only a hash of the invite token is kept. */
  tokenHash: string;
  role: Role;
  createdAt: number;
  expiresAt: number;
  revokedAt: number | null;
  createdBy: string;
  cityId: string | null;
}

/** Why a guarded membership change was not made. */
export type MembershipRefusal = 'not_member' | 'last_facilitator';
export type MembershipChange =
  | { ok: true; before: MemberRecord; after: MemberRecord | null }
  | { ok: false; reason: MembershipRefusal };

/**
 * Workspaces, their members and invite links. Membership changes are guarded in storage so two
 * concurrent requests can never leave a workspace without a facilitator.
 * Every implementation runs `workspaceStoreContract.ts`.
 */
export interface WorkspaceStore {
  /** Creates the workspace and its first member in one transaction. */
  create(workspace: WorkspaceRecord, firstMember: MemberRecord): Promise<void>;
  get(id: string): Promise<WorkspaceRecord | null>;
  update(id: string, patch: WorkspacePatch): Promise<WorkspaceRecord | null>;
  /**
   * Replaces the workspace's cities (kept ids are updated in place, others added or removed) in one
   * transaction; refuses to remove a city a member or an unrevoked invite names.
   */
  setCities(id: string, cities: CityRecord[]): Promise<CitiesChange>;
  /** The user's workspaces with their role, non-archived first, then newest first. */
  listForUser(userId: string): Promise<{ workspace: WorkspaceRecord; role: Role }[]>;

  getMember(workspaceId: string, userId: string): Promise<MemberRecord | null>;
  /** Oldest member first. */
  listMembers(workspaceId: string): Promise<MemberRecord[]>;
  /**
   * Adds the member, or raises an existing member to `role` if it is higher (and gives them
   * `cityId` if they had none); returns the result.
   */
  addOrPromote(member: MemberRecord): Promise<MemberRecord>;
  /** Sets the city a member represents; null when there is no such member or city. */
  setMemberCity(workspaceId: string, userId: string, cityId: string | null): Promise<MemberRecord | null>;
  /** Sets the role unless that would leave no facilitator. */
  changeRole(workspaceId: string, userId: string, role: Role): Promise<MembershipChange>;
  /** Removes the member unless that would leave no facilitator. */
  removeMember(workspaceId: string, userId: string): Promise<MembershipChange>;

  createInvite(invite: InviteRecord): Promise<void>;
  getInvite(id: string): Promise<InviteRecord | null>;
  findInviteByTokenHash(tokenHash: string): Promise<InviteRecord | null>;
  /** Newest first, revoked and expired included. */
  listInvites(workspaceId: string): Promise<InviteRecord[]>;
  /** The revoked invite, or null if the workspace has no such invite. */
  revokeInvite(workspaceId: string, id: string, at: number): Promise<InviteRecord | null>;
}
