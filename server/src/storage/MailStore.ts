import type { ActivityRecord } from './ActivityStore.ts';

/** What an outbox row becomes: a batched notice, a daily digest, or an invitation. */
export const MailKind = { notice: 'notice', digest: 'digest', invite: 'invite' } as const;
export type MailKind = (typeof MailKind)[keyof typeof MailKind];

/** A row to add to the outbox; times are epoch ms. */
export interface NewOutboxRow {
  id: string;
  /** Same key, same mail: enqueueing it again is a no-op. */
  dedupeKey: string;
  /** Null for invitations to an address that has no account. */
  userId: string | null;
  toAddress: string;
  kind: MailKind;
  payload: unknown;
  createdAt: number;
  dueAt: number;
}

export interface OutboxRow extends NewOutboxRow {
  messageId: string | null;
  leaseUntil: number | null;
  attempts: number;
  lastError: string | null;
  sentAt: number | null;
  failedAt: number | null;
}

/** Rows leased to one sender, to go out as one email with `messageId`. */
export interface ClaimedMail {
  messageId: string;
  rows: OutboxRow[];
}

export interface OutboxStats {
  /** Not sent yet and never tried. */
  waiting: number;
  /** Not sent yet, tried at least once. */
  retrying: number;
  sent: number;
  failed: number;
}

/** Per-user choices; defaults in `defaultMailPreferences`. */
export interface MailPreferences {
  mentions: 'immediate' | 'digest' | 'off';
  replies: 'immediate' | 'digest' | 'off';
  signOffRequests: boolean;
  digest: boolean;
  mutedWorkspaces: string[];
}

export const defaultMailPreferences: MailPreferences = {
  mentions: 'immediate',
  replies: 'immediate',
  signOffRequests: true,
  digest: true,
  mutedWorkspaces: [],
};

/** The outbox, preferences and small named values. Every implementation runs `mailStoreContract.ts`. */
export interface MailStore {
  /** Adds the rows whose dedupe key is new; returns how many were added. */
  enqueue(rows: readonly NewOutboxRow[]): Promise<number>;
  /**
   * Leases the next due mail until `now + leaseMs`, or null. A row already given a message id
   * (a send that was cut short) comes back with the same id and the same rows; otherwise a
   * notice takes every waiting notice of its recipient along, under the new `messageId`.
   * With several senders, a mail is leased by one at a time.
   */
  claimDue(now: number, leaseMs: number, newMessageId: string): Promise<ClaimedMail | null>;
  /** Done: an invitation's payload (its link) is dropped then, as by `markFailed`. */
  markSent(messageId: string, at: number): Promise<void>;
  /** Gives the lease up; the mail is due again at `retryAt`. */
  markRetry(messageId: string, error: string, retryAt: number): Promise<void>;
  markFailed(messageId: string, error: string, at: number): Promise<void>;
  /** Outbox rows by state, for tests and operators. */
  stats(): Promise<OutboxStats>;
  /** The user's mails that failed for good, newest first. */
  listFailures(userId: string, limit: number): Promise<OutboxRow[]>;
  getPreferences(userId: string): Promise<MailPreferences>;
  setPreferences(userId: string, prefs: MailPreferences, at: number): Promise<void>;
  /** Activity events inserted after `position` (insertion order), oldest first. */
  activityAfter(position: number, limit: number): Promise<{ position: number; event: ActivityRecord }[]>;
  /** Ids of users who belong to at least one workspace (the digest's readers). */
  listMemberUserIds(): Promise<string[]>;
  getSetting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;
  /** Sets the value only when the key has none; returns the stored value either way. */
  initSetting(key: string, value: string): Promise<string>;
}
