import { randomUUID } from 'node:crypto';
import {
  type CreateWorkspaceRequest,
  type Member,
  ROLE_RANK,
  Role,
  type UpdateMemberRequest,
  type UpdateWorkspaceRequest,
} from '@weft/protocol';
import type { UserStore } from '../storage/UserStore.ts';
import type {
  CityRecord,
  MemberRecord,
  MembershipChange,
  WorkspaceRecord,
  WorkspaceStore,
} from '../storage/WorkspaceStore.ts';
import type { AccessEvents } from './AccessEvents.ts';
import { memberView } from './apiViews.ts';
import { conflict, forbidden, notFound } from './errors.ts';
import { CityErrorReason, findCity, requireCity, resolveCities } from './workspaceCities.ts';

export interface WorkspaceServiceOptions {
  workspaces: WorkspaceStore;
  users: UserStore;
  events: AccessEvents;
  now: () => number;
}

export interface WorkspaceAccess {
  workspace: WorkspaceRecord;
  role: Role;
  /** The workspace city the caller represents, or null. */
  city: CityRecord | null;
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
    if (!workspace) throw notFound('No such workspace');
    const member = await this.opts.workspaces.getMember(workspaceId, userId);
    if (!member) throw forbidden('You are not a member of this workspace');
    if (ROLE_RANK[member.role] < ROLE_RANK[atLeast]) {
      throw forbidden(`This needs the ${atLeast} role or higher`);
    }
    return { workspace, role: member.role, city: cityOf(workspace, member.cityId) };
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
      cities: resolveCities(req.cities ?? [], []),
      archived: false,
      createdAt: now,
      createdBy: userId,
    };
    // The creator represents the city their profile names, when the workspace has it.
    const city = await this.suggestedCity(userId, workspace.cities);
    await this.opts.workspaces.create(workspace, {
      workspaceId: workspace.id,
      userId,
      role: Role.facilitator,
      joinedAt: now,
      cityId: city?.id ?? null,
    });
    return { workspace, role: Role.facilitator, city };
  }

  /** The workspace city matching the user's profile city (ignoring diacritics), if any. */
  async suggestedCity(userId: string, cities: readonly CityRecord[]): Promise<CityRecord | null> {
    const [user] = await this.opts.users.findByIds([userId]);
    return user?.city ? findCity(cities, user.city) : null;
  }

  list(userId: string): Promise<{ workspace: WorkspaceRecord; role: Role }[]> {
    return this.opts.workspaces.listForUser(userId);
  }

  async update(userId: string, workspaceId: string, patch: UpdateWorkspaceRequest): Promise<WorkspaceAccess> {
    const { role, workspace: current, city } = await this.requireRole(userId, workspaceId, Role.facilitator);
    if (current.archived) throw conflict('This workspace is archived');
    const { cities, ...fields } = patch;
    if (cities !== undefined) {
      const change = await this.opts.workspaces.setCities(workspaceId, resolveCities(cities, current.cities));
      if (!change.ok && change.reason === 'city_in_use') {
        throw conflict(`${change.city.name} is still represented by a member or named by an invite`, {
          reason: CityErrorReason.cityInUse,
          city: change.city.name,
          cityId: change.city.id,
        });
      }
      if (!change.ok) throw notFound('No such workspace');
    }
    const workspace = await this.opts.workspaces.update(workspaceId, fields);
    if (!workspace) throw notFound('No such workspace');
    return { workspace, role, city: city && cityOf(workspace, city.id) };
  }

  async archive(userId: string, workspaceId: string): Promise<WorkspaceAccess> {
    const { role, city } = await this.requireRole(userId, workspaceId, Role.facilitator);
    const workspace = await this.opts.workspaces.update(workspaceId, { archived: true });
    if (!workspace) throw notFound('No such workspace');
    // Open writable sync connections close and come back read-only.
    this.opts.events.publish({ type: 'workspaceArchived', workspaceId });
    return { workspace, role, city };
  }

  async listMembers(userId: string, workspaceId: string): Promise<Member[]> {
    const { workspace } = await this.requireRole(userId, workspaceId);
    return this.withUsers(workspace, await this.opts.workspaces.listMembers(workspaceId));
  }

  /**
   * `PATCH …/members/:userId`: a facilitator changes anyone's role and city; a member may change
   * their own city (among the workspace's cities), not their role.
   */
  async changeMember(
    actorId: string,
    workspaceId: string,
    targetId: string,
    req: UpdateMemberRequest,
  ): Promise<Member> {
    const self = actorId === targetId;
    const needs = req.role !== undefined || !self ? Role.facilitator : Role.viewer;
    const { workspace } = await this.requireRole(actorId, workspaceId, needs);
    let after: MemberRecord | null = null;
    if (req.city !== undefined) {
      if (workspace.archived) throw conflict('This workspace is archived');
      const city = req.city === null ? null : requireCity(workspace.cities, req.city, 'city');
      after = await this.opts.workspaces.setMemberCity(workspaceId, targetId, city?.id ?? null);
      if (!after) throw notFound('No such member');
    }
    if (req.role !== undefined) {
      after = this.applied(await this.opts.workspaces.changeRole(workspaceId, targetId, req.role));
      this.opts.events.publish({ type: 'membershipChanged', workspaceId, userId: targetId, role: req.role });
    }
    const [member] = await this.withUsers(workspace, after ? [after] : []);
    if (!member) throw notFound('No such member');
    return member;
  }

  /** Facilitators remove anyone; every member may remove themself (leave). */
  async removeMember(actorId: string, workspaceId: string, targetId: string): Promise<void> {
    await this.requireRole(actorId, workspaceId, actorId === targetId ? Role.viewer : Role.facilitator);
    this.applied(await this.opts.workspaces.removeMember(workspaceId, targetId));
    this.opts.events.publish({ type: 'membershipChanged', workspaceId, userId: targetId, role: null });
  }

  /**
   * Adds a member or raises their role (never lowers it); a member without a city gets `cityId`
   * (by default the workspace city matching their profile city).
   */
  async admit(
    workspaceId: string,
    userId: string,
    role: Role,
    cityId?: string | null,
  ): Promise<MemberRecord> {
    if (cityId === undefined) {
      const workspace = await this.opts.workspaces.get(workspaceId);
      cityId = workspace ? ((await this.suggestedCity(userId, workspace.cities))?.id ?? null) : null;
    }
    const member = await this.opts.workspaces.addOrPromote({
      workspaceId,
      userId,
      role,
      joinedAt: this.opts.now(),
      cityId,
    });
    this.opts.events.publish({ type: 'membershipChanged', workspaceId, userId, role: member.role });
    return member;
  }

  private applied(change: MembershipChange): MemberRecord | null {
    if (change.ok) return change.after;
    if (change.reason === 'last_facilitator') {
      throw conflict('A workspace needs at least one facilitator');
    }
    throw notFound('No such member');
  }

  private async withUsers(workspace: WorkspaceRecord, members: MemberRecord[]): Promise<Member[]> {
    const users = await this.opts.users.findByIds(members.map((m) => m.userId));
    const byId = new Map(users.map((u) => [u.id, u]));
    return members.map((m) => memberView(m, byId.get(m.userId), cityOf(workspace, m.cityId)));
  }
}

function cityOf(workspace: WorkspaceRecord, cityId: string | null): CityRecord | null {
  return cityId === null ? null : (workspace.cities.find((c) => c.id === cityId) ?? null);
}
