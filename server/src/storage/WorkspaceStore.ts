import type { Role } from '@weft/protocol';

/** Times are epoch milliseconds. */
export interface WorkspaceRecord {
  id: string;
  title: string;
  description: string;
  cities: string[];
  archived: boolean;
  createdAt: number;
  createdBy: string;
}

export type WorkspacePatch = Partial<Pick<WorkspaceRecord, 'title' | 'description' | 'cities' | 'archived'>>;

export interface MemberRecord {
  workspaceId: string;
  userId: string;
  role: Role;
  joinedAt: number;
}

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
  /** The user's workspaces with their role, non-archived first, then newest first. */
  listForUser(userId: string): Promise<{ workspace: WorkspaceRecord; role: Role }[]>;

  getMember(workspaceId: string, userId: string): Promise<MemberRecord | null>;
  /** Oldest member first. */
  listMembers(workspaceId: string): Promise<MemberRecord[]>;
  /** Adds the member, or raises an existing member to `role` if it is higher; returns the result. */
  addOrPromote(member: MemberRecord): Promise<MemberRecord>;
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
