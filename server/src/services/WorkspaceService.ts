import { randomUUID } from 'node:crypto';
import {
  type CreateWorkspaceRequest,
  ErrorCode,
  type Member,
  ROLE_RANK,
  Role,
  type UpdateWorkspaceRequest,
} from '@weft/protocol';
import { HttpError } from '../http/HttpError.ts';
import type { UserStore } from '../storage/UserStore.ts';
import type {
  MemberRecord,
  MembershipChange,
  WorkspaceRecord,
  WorkspaceStore,
} from '../storage/WorkspaceStore.ts';
import type { AccessEvents } from './AccessEvents.ts';
import { memberView } from './apiViews.ts';

export interface WorkspaceServiceOptions {
  workspaces: WorkspaceStore;
  users: UserStore;
  events: AccessEvents;
  now: () => number;
}

export interface WorkspaceAccess {
  workspace: WorkspaceRecord;
  role: Role;
}

/** Workspaces and their members; holds the role rules every door relies on. */
export class WorkspaceService {
  constructor(private readonly opts: WorkspaceServiceOptions) {}

  /**
   * The caller's access to a workspace: 404 when it does not exist, 403 when the caller is not a
   * member or ranks below `atLeast`.
   */
  async requireRole(
    userId: string,
    workspaceId: string,
    atLeast: Role = Role.viewer,
  ): Promise<WorkspaceAccess> {
    const workspace = await this.opts.workspaces.get(workspaceId);
    if (!workspace) throw HttpError.notFound('No such workspace');
    const member = await this.opts.workspaces.getMember(workspaceId, userId);
    if (!member) throw new HttpError(403, ErrorCode.forbidden, 'You are not a member of this workspace');
    if (ROLE_RANK[member.role] < ROLE_RANK[atLeast]) {
      throw new HttpError(403, ErrorCode.forbidden, `This needs the ${atLeast} role or higher`);
    }
    return { workspace, role: member.role };
  }

  /** The caller's role, or null when not a member (no error), for the sync endpoint. */
  async roleOf(userId: string, workspaceId: string): Promise<Role | null> {
    return (await this.opts.workspaces.getMember(workspaceId, userId))?.role ?? null;
  }

  async create(userId: string, req: CreateWorkspaceRequest): Promise<WorkspaceAccess> {
    const now = this.opts.now();
    const workspace: WorkspaceRecord = {
      id: randomUUID(),
      title: req.title,
      description: req.description ?? '',
      cities: req.cities ?? [],
      archived: false,
      createdAt: now,
      createdBy: userId,
    };
    await this.opts.workspaces.create(workspace, {
      workspaceId: workspace.id,
      userId,
      role: Role.facilitator,
      joinedAt: now,
    });
    return { workspace, role: Role.facilitator };
  }

  list(userId: string): Promise<{ workspace: WorkspaceRecord; role: Role }[]> {
    return this.opts.workspaces.listForUser(userId);
  }

  async update(userId: string, workspaceId: string, patch: UpdateWorkspaceRequest): Promise<WorkspaceAccess> {
    const { role, workspace: current } = await this.requireRole(userId, workspaceId, Role.facilitator);
    if (current.archived) throw new HttpError(409, ErrorCode.conflict, 'This workspace is archived');
    const workspace = await this.opts.workspaces.update(workspaceId, patch);
    if (!workspace) throw HttpError.notFound('No such workspace');
    return { workspace, role };
  }

  async archive(userId: string, workspaceId: string): Promise<WorkspaceAccess> {
    const { role } = await this.requireRole(userId, workspaceId, Role.facilitator);
    const workspace = await this.opts.workspaces.update(workspaceId, { archived: true });
    if (!workspace) throw HttpError.notFound('No such workspace');
    // Open writable sync connections close and come back read-only.
    this.opts.events.publish({ type: 'workspaceArchived', workspaceId });
    return { workspace, role };
  }

  async listMembers(userId: string, workspaceId: string): Promise<Member[]> {
    await this.requireRole(userId, workspaceId);
    return this.withUsers(await this.opts.workspaces.listMembers(workspaceId));
  }

  async changeRole(actorId: string, workspaceId: string, targetId: string, role: Role): Promise<Member> {
    await this.requireRole(actorId, workspaceId, Role.facilitator);
    const change = await this.opts.workspaces.changeRole(workspaceId, targetId, role);
    const after = this.applied(change);
    this.opts.events.publish({ type: 'membershipChanged', workspaceId, userId: targetId, role });
    const [member] = await this.withUsers(after ? [after] : []);
    if (!member) throw HttpError.notFound('No such member');
    return member;
  }

  /** Facilitators remove anyone; every member may remove themself (leave). */
  async removeMember(actorId: string, workspaceId: string, targetId: string): Promise<void> {
    await this.requireRole(actorId, workspaceId, actorId === targetId ? Role.viewer : Role.facilitator);
    this.applied(await this.opts.workspaces.removeMember(workspaceId, targetId));
    this.opts.events.publish({ type: 'membershipChanged', workspaceId, userId: targetId, role: null });
  }

  /** Adds a member or raises their role; never lowers it. */
  async admit(workspaceId: string, userId: string, role: Role): Promise<MemberRecord> {
    const member = await this.opts.workspaces.addOrPromote({
      workspaceId,
      userId,
      role,
      joinedAt: this.opts.now(),
    });
    this.opts.events.publish({ type: 'membershipChanged', workspaceId, userId, role: member.role });
    return member;
  }

  private applied(change: MembershipChange): MemberRecord | null {
    if (change.ok) return change.after;
    if (change.reason === 'last_facilitator') {
      throw new HttpError(409, ErrorCode.conflict, 'A workspace needs at least one facilitator');
    }
    throw HttpError.notFound('No such member');
  }

  private async withUsers(members: MemberRecord[]): Promise<Member[]> {
    const users = await this.opts.users.findByIds(members.map((m) => m.userId));
    const byId = new Map(users.map((u) => [u.id, u]));
    return members.map((m) => memberView(m, byId.get(m.userId)));
  }
}
