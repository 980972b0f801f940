import { randomUUID } from 'node:crypto';
import { PlanStatus } from '@weft/model';
import { ActivityType } from '@weft/protocol';
import { excerpt } from '../services/parseMentions.ts';
import type { ActivityStore, ActivityView } from '../storage/ActivityStore.ts';
import type { DocumentMetaRecord, DocumentMetaStore } from '../storage/DocumentMetaStore.ts';
import type { ExchangeSessionStore } from '../storage/ExchangeSessionStore.ts';
import type { MailStore } from '../storage/MailStore.ts';
import type { UserRecord, UserStore } from '../storage/UserStore.ts';
import type { WorkspaceStore } from '../storage/WorkspaceStore.ts';
import { latestDigestTime, nextDigestTime } from './digestTime.ts';
import { documentLink } from './documentLink.ts';
import type { DigestItem, DigestPayload } from './mailPayloads.ts';

export interface DigestSchedulerOptions {
  mail: MailStore;
  activity: ActivityStore;
  documents: DocumentMetaStore;
  workspaces: WorkspaceStore;
  users: UserStore;
  sessions: ExchangeSessionStore;
  now: () => number;
}

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const PER_WORKSPACE = 200;
const lastKey = (userId: string) => `digest.last.${userId}`;

/**
 * Writes each reader's daily digest into the outbox once their own 08:00 has come: what changed
 * in their workspaces since the previous digest (by others), and sessions in the next 7 days.
 * An empty digest is skipped. Safe to run on every node: the dedupe key is the reader's date.
 */
export class DigestScheduler {
  /** Per reader and zone, when their next 08:00 comes: until then a pass costs no query for them. */
  private readonly nextDue = new Map<string, number>();

  constructor(private readonly opts: DigestSchedulerOptions) {}

  /** Returns the number of digests enqueued. */
  async run(): Promise<number> {
    const now = this.opts.now();
    const ids = await this.opts.mail.listMemberUserIds();
    const users = await this.opts.users.findByIds(ids);
    let enqueued = 0;
    for (const user of users) enqueued += await this.runFor(user, now);
    return enqueued;
  }

  private async runFor(user: UserRecord, now: number): Promise<number> {
    const zone = validZone(user.timeZone);
    const cacheKey = `${user.id}|${zone}`;
    if (now < (this.nextDue.get(cacheKey) ?? 0)) return 0;
    const prefs = await this.opts.mail.getPreferences(user.id);
    const due = latestDigestTime(now, zone);
    const last = await this.opts.mail.getSetting(lastKey(user.id));
    this.nextDue.set(cacheKey, nextDigestTime(due.date, zone));
    if (last !== null && Number(last) >= due.at) return 0;
    let enqueued = 0;
    if (prefs.digest) {
      const since = last === null ? due.at - DAY_MS : Number(last);
      const digest = await this.build(user, prefs.mutedWorkspaces, since, due);
      if (digest) {
        enqueued = await this.opts.mail.enqueue([
          {
            id: randomUUID(),
            dedupeKey: `digest:${user.id}:${due.date}`,
            userId: user.id,
            toAddress: user.email,
            kind: 'digest',
            payload: digest,
            createdAt: now,
            dueAt: now,
          },
        ]);
      }
    }
    await this.opts.mail.setSetting(lastKey(user.id), String(due.at));
    return enqueued;
  }

  private async build(
    user: UserRecord,
    muted: readonly string[],
    since: number,
    due: { at: number; date: string },
  ): Promise<DigestPayload | null> {
    const digest: DigestPayload = { date: due.date, comments: [], documents: [], sessions: [], plans: [] };
    const docs = new Map<string, DocumentMetaRecord | null>();
    const docOf = async (id: string | null) => {
      if (!id) return null;
      if (!docs.has(id)) docs.set(id, await this.opts.documents.get(id));
      return docs.get(id) ?? null;
    };
    for (const { workspace } of await this.opts.workspaces.listForUser(user.id)) {
      if (workspace.archived || muted.includes(workspace.id)) continue;
      const { events } = await this.opts.activity.list(workspace.id, {
        since,
        excludeActor: user.id,
        limit: PER_WORKSPACE,
      });
      for (const e of events.filter((ev) => ev.at <= due.at).reverse()) {
        const doc = await docOf(e.documentId);
        if (!doc) continue;
        const item = (text: string): DigestItem => ({
          workspaceTitle: workspace.title,
          title: doc.title,
          actorName: e.actorName ?? '',
          text,
          link: documentLink(doc, e.threadId),
          at: e.at,
        });
        if (e.type === ActivityType.threadCreated || e.type === ActivityType.commentReplied) {
          digest.comments.push(item(excerpt(e.summary)));
        } else if (e.type === ActivityType.documentCreated) {
          digest.documents.push(item(''));
        } else if (e.type === ActivityType.planSignedOff) {
          digest.plans.push(item(planStatusOf(e)));
        }
      }
      for (const s of await this.opts.sessions.listByWorkspace(workspace.id)) {
        if (s.startsAt <= due.at || s.startsAt > due.at + WEEK_MS) continue;
        digest.sessions.push({
          workspaceTitle: workspace.title,
          title: s.title,
          actorName: '',
          text: '',
          link: `/workspaces/${encodeURIComponent(workspace.id)}/sessions/${encodeURIComponent(s.id)}`,
          at: s.startsAt,
        });
      }
    }
    digest.sessions.sort((a, b) => a.at - b.at);
    const empty =
      digest.comments.length + digest.documents.length + digest.sessions.length + digest.plans.length === 0;
    return empty ? null : digest;
  }
}

// A sign-off event's summary is the new status, or the agreed version's name.
function planStatusOf(e: ActivityView): string {
  return Object.values(PlanStatus).includes(e.summary as PlanStatus) ? e.summary : PlanStatus.agreed;
}

function validZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}
