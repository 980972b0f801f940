import { randomUUID } from 'node:crypto';
import { Language } from '@weft/protocol';
import type { Logger } from 'pino';
import type { ClaimedMail, MailStore } from '../storage/MailStore.ts';
import type { UserRecord, UserStore } from '../storage/UserStore.ts';
import { wants } from './MailPlanner.ts';
import { type MailTransport, PermanentMailError } from './MailTransport.ts';
import type { DigestPayload, InvitePayload, NoticePayload } from './mailPayloads.ts';
import {
  type RenderContext,
  type RenderedMail,
  renderDigest,
  renderInvite,
  renderNotices,
} from './renderMail.ts';
import { createUnsubscribeToken, UnsubscribeScope } from './unsubscribeToken.ts';

export interface MailSenderOptions {
  mail: MailStore;
  users: UserStore;
  transport: MailTransport;
  logger: Logger;
  now: () => number;
  /** How long a claimed mail is ours; after that another sender (or we, restarted) tries again. */
  leaseMs: number;
  maxAttempts: number;
  /** First retry after this long, doubling each time up to an hour. */
  retryBaseMs: number;
  /** Origin of links in mails. */
  baseUrl: string;
  /** Domain of Message-IDs. */
  domain: string;
  secret: () => Promise<string>;
}

const MAX_RETRY_MS = 3_600_000;
/** Unsubscribe claims for invitation addresses (no account) carry this prefix instead of a user id. */
export const ADDRESS_PREFIX = '@';
export const suppressedKey = (address: string) => `suppress.${address.toLowerCase()}`;

/** Sends what the outbox holds, once each: lease, render, send, then mark sent (or retry later). */
export class MailSender {
  constructor(private readonly opts: MailSenderOptions) {}

  /** Sends every due mail; returns how many were sent. */
  async runOnce(): Promise<number> {
    let sent = 0;
    for (;;) {
      const claimed = await this.opts.mail.claimDue(this.opts.now(), this.opts.leaseMs, randomUUID());
      if (!claimed) return sent;
      if (await this.deliver(claimed)) sent++;
    }
  }

  private async deliver(claimed: ClaimedMail): Promise<boolean> {
    const { mail, logger } = this.opts;
    const [head] = claimed.rows;
    if (!head) return false;
    const messageId = `<${claimed.messageId}@${this.opts.domain}>`;
    try {
      const rendered = await this.render(claimed);
      if (!rendered) {
        // Unsubscribed or muted since it was queued: the choice takes effect at once.
        await mail.markSent(claimed.messageId, this.opts.now());
        return false;
      }
      await this.opts.transport.send({
        to: head.toAddress,
        subject: rendered.mail.subject,
        text: rendered.mail.text,
        html: rendered.mail.html,
        messageId,
        language: rendered.language,
        headers: {
          'List-Unsubscribe': `<${rendered.unsubscribeUrl}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      });
      await mail.markSent(claimed.messageId, this.opts.now());
      logger.info({ messageId, kind: head.kind, rows: claimed.rows.length }, 'mail sent');
      return true;
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      const attempts = head.attempts + 1;
      if (err instanceof PermanentMailError || attempts >= this.opts.maxAttempts) {
        await mail.markFailed(claimed.messageId, error, this.opts.now());
        logger.warn({ messageId, error, attempts }, 'mail failed for good');
      } else {
        const delay = Math.min(this.opts.retryBaseMs * 2 ** (attempts - 1), MAX_RETRY_MS);
        await mail.markRetry(claimed.messageId, error, this.opts.now() + delay);
        logger.warn({ messageId, error, attempts, retryInMs: delay }, 'mail not sent; will retry');
      }
      return false;
    }
  }

  private async render(
    claimed: ClaimedMail,
  ): Promise<{ mail: RenderedMail; language: Language; unsubscribeUrl: string } | null> {
    const [head] = claimed.rows;
    if (!head) return null;
    const secret = await this.opts.secret();
    const unsubscribe = (id: string, scope: UnsubscribeScope) =>
      `${this.opts.baseUrl}/api/email/unsubscribe?token=${createUnsubscribeToken(secret, { userId: id, scope })}`;
    if (head.kind === 'invite') {
      if ((await this.opts.mail.getSetting(suppressedKey(head.toAddress))) !== null) return null;
      const payload = head.payload as InvitePayload;
      const language = asLanguage(payload.language);
      const unsubscribeUrl = unsubscribe(
        `${ADDRESS_PREFIX}${head.toAddress.toLowerCase()}`,
        UnsubscribeScope.all,
      );
      const ctx = this.context({ language, timeZone: 'UTC', city: '' }, unsubscribeUrl, false);
      return { mail: renderInvite(payload, ctx), language, unsubscribeUrl };
    }
    const user = head.userId ? await this.opts.users.findById(head.userId) : null;
    if (!user) return null;
    const prefs = await this.opts.mail.getPreferences(user.id);
    const language = asLanguage(user.language);
    if (head.kind === 'digest') {
      if (!prefs.digest) return null;
      const unsubscribeUrl = unsubscribe(user.id, UnsubscribeScope.digest);
      const mail = renderDigest(head.payload as DigestPayload, this.context(user, unsubscribeUrl, true));
      return { mail, language, unsubscribeUrl };
    }
    const notices = claimed.rows
      .map((r) => r.payload as NoticePayload)
      .filter((n) => wants(prefs, n.type, n.workspaceId));
    if (notices.length === 0) return null;
    const unsubscribeUrl = unsubscribe(user.id, UnsubscribeScope.notices);
    return {
      mail: renderNotices(notices, this.context(user, unsubscribeUrl, true)),
      language,
      unsubscribeUrl,
    };
  }

  private context(
    reader: Pick<UserRecord, 'timeZone' | 'city'> & { language: string },
    unsubscribeUrl: string,
    account: boolean,
  ): RenderContext {
    return {
      language: asLanguage(reader.language),
      timeZone: reader.timeZone,
      city: reader.city,
      baseUrl: this.opts.baseUrl,
      unsubscribeUrl,
      preferencesUrl: account ? `${this.opts.baseUrl}/profile` : null,
    };
  }
}

function asLanguage(value: string): Language {
  return (Object.values(Language) as string[]).includes(value) ? (value as Language) : Language.en;
}
