import { randomUUID } from 'node:crypto';
import { INVITE_DEFAULT_HOURS, type Role, Role as Roles } from '@weft/protocol';
import { hashSecret, newSecret } from '../auth/secrets.ts';
import type { UserStore } from '../storage/UserStore.ts';
import type { CityRecord, InviteRecord, WorkspaceRecord, WorkspaceStore } from '../storage/WorkspaceStore.ts';
import type { WriteTogether } from '../storage/WriteTogether.ts';
import { gone, notFound } from './errors.ts';
import type { WorkspaceAccess, WorkspaceService } from './WorkspaceService.ts';
import { requireCity } from './workspaceCities.ts';

export interface InviteServiceOptions {
  workspaces: WorkspaceStore;
  workspaceService: WorkspaceService;
  users: UserStore;
  now: () => number;
  /** Set when email is on: an invite with an address queues its mail in the same transaction. */
  writeTogether?: WriteTogether;
}

/** Send the link to this address; `linkFor` makes the absolute link from the token. */
export interface InviteEmail {
  address: string;
  linkFor: (token: string) => string;
}

export interface InviteOffer {
  invite: InviteRecord;
  workspace: WorkspaceRecord;
  invitedBy: string;
  /** The city the invite names, or null (the invitee chooses among `workspace.cities`). */
  city: CityRecord | null;
}

const HOUR_MS = 3_600_000;

/** Invite links: a facilitator creates them with a role and expiry; anyone logged in may accept. */
export class InviteService {
  constructor(private readonly opts: InviteServiceOptions) {}

  /** The token is returned once; only its hash is stored. */
  async create(
    actorId: string,
    workspaceId: string,
    role: Role,
    expiresInHours = INVITE_DEFAULT_HOURS,
    cityRef?: string,
    email?: InviteEmail,
  ): Promise<{ invite: InviteRecord; token: string; emailed: boolean }> {
    const { workspace } = await this.opts.workspaceService.requireRole(
      actorId,
      workspaceId,
      Roles.facilitator,
    );
    const city = cityRef === undefined ? null : requireCity(workspace.cities, cityRef, 'city');
    const now = this.opts.now();
    const token = newSecret();
    const invite: InviteRecord = {
      id: randomUUID(),
      workspaceId,
      tokenHash: hashSecret(token),
      role,
      createdAt: now,
      expiresAt: now + expiresInHours * HOUR_MS,
      revokedAt: null,
      createdBy: actorId,
      cityId: city?.id ?? null,
    };
    const { writeTogether, users } = this.opts;
    if (!email || !writeTogether || !users) {
      await this.opts.workspaces.createInvite(invite);
      return { invite, token, emailed: false };
    }
    const inviter = await users.findById(actorId);
    const address = email.address.toLowerCase();
    // Looked up before the transaction: SQLite's one connection is held by it.
    const invitee = await users.findByEmail(address);
    await writeTogether(async (stores) => {
      await stores.workspaces.createInvite(invite);
      await stores.mail.enqueue([
        {
          id: randomUUID(),
          dedupeKey: `invite:${invite.id}`,
          userId: invitee?.id ?? null,
          toAddress: address,
          kind: 'invite',
          payload: {
            inviterName: inviter?.displayName ?? '',
            workspaceTitle: workspace.title,
            role,
            city: city?.name ?? null,
            url: email.linkFor(token),
            expiresAt: invite.expiresAt,
            language: inviter?.language ?? 'en',
          },
          createdAt: now,
          dueAt: now,
        },
      ]);
    });
    return { invite, token, emailed: true };
  }

  async list(actorId: string, workspaceId: string): Promise<InviteRecord[]> {
    await this.opts.workspaceService.requireRole(actorId, workspaceId, Roles.facilitator);
    return this.opts.workspaces.listInvites(workspaceId);
  }

  async revoke(actorId: string, workspaceId: string, inviteId: string): Promise<void> {
    await this.opts.workspaceService.requireRole(actorId, workspaceId, Roles.facilitator);
    const revoked = await this.opts.workspaces.revokeInvite(workspaceId, inviteId, this.opts.now());
    if (!revoked) throw notFound('No such invite');
  }

  /** What the link offers, for anyone holding it: 404 unknown, 410 expired or revoked. */
  async preview(token: string): Promise<InviteOffer> {
    const invite = await this.usable(token);
    const workspace = await this.opts.workspaces.get(invite.workspaceId);
    if (!workspace) throw notFound('No such invite');
    const [inviter] = await this.opts.users.findByIds([invite.createdBy]);
    const city = workspace.cities.find((c) => c.id === invite.cityId) ?? null;
    return { invite, workspace, invitedBy: inviter?.displayName ?? '', city };
  }

  /**
   * Joins the workspace with the invite's role (an existing member keeps the higher of the two) and
   * city: the invite's, else `cityRef` chosen on joining, else the one matching the profile city.
   */
  async accept(userId: string, token: string, cityRef?: string): Promise<WorkspaceAccess> {
    const invite = await this.usable(token);
    const workspace = await this.opts.workspaces.get(invite.workspaceId);
    if (!workspace) throw notFound('No such invite');
    if (workspace.archived) throw gone('This workspace has been archived');
    const chosen =
      workspace.cities.find((c) => c.id === invite.cityId) ??
      (cityRef !== undefined
        ? requireCity(workspace.cities, cityRef, 'city')
        : await this.opts.workspaceService.suggestedCity(userId, workspace.cities));
    const member = await this.opts.workspaceService.admit(
      workspace.id,
      userId,
      invite.role,
      chosen?.id ?? null,
    );
    const city = workspace.cities.find((c) => c.id === member.cityId) ?? null;
    return { workspace, role: member.role, city };
  }

  private async usable(token: string): Promise<InviteRecord> {
    const invite = await this.opts.workspaces.findInviteByTokenHash(hashSecret(token));
    if (!invite) throw notFound('No such invite');
    if (invite.revokedAt !== null) throw gone('This invite has been revoked');
    if (invite.expiresAt <= this.opts.now()) throw gone('This invite has expired');
    return invite;
  }
}
