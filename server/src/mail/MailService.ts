import type { EmailSettingsResponse } from '@weft/protocol';
import { invalid, notFound } from '../services/errors.ts';
import type { MailPreferences, MailStore } from '../storage/MailStore.ts';
import type { UserStore } from '../storage/UserStore.ts';
import { ADDRESS_PREFIX, suppressedKey } from './MailSender.ts';
import { readUnsubscribeToken, type UnsubscribeScope } from './unsubscribeToken.ts';

export interface MailServiceOptions {
  mail: MailStore;
  users: UserStore;
  /** False without SMTP_URL. */
  enabled: boolean;
  secret: () => Promise<string>;
  now: () => number;
}

const FAILURES_SHOWN = 10;

/** Each person's email choices, and unsubscribe links that need no login. */
export class MailService {
  constructor(private readonly opts: MailServiceOptions) {}

  get enabled(): boolean {
    return this.opts.enabled;
  }

  async settings(userId: string): Promise<EmailSettingsResponse> {
    const user = await this.opts.users.findById(userId);
    if (!user) throw notFound('No such user');
    const [preferences, failures] = await Promise.all([
      this.opts.mail.getPreferences(userId),
      this.opts.mail.listFailures(userId, FAILURES_SHOWN),
    ]);
    return {
      enabled: this.opts.enabled,
      address: user.email,
      preferences,
      failures: failures.map((f) => ({
        at: new Date(f.failedAt ?? f.createdAt).toISOString(),
        kind: f.kind,
        error: f.lastError ?? '',
      })),
    };
  }

  async update(userId: string, preferences: MailPreferences): Promise<EmailSettingsResponse> {
    const mutedWorkspaces = [...new Set(preferences.mutedWorkspaces)];
    await this.opts.mail.setPreferences(userId, { ...preferences, mutedWorkspaces }, this.opts.now());
    return this.settings(userId);
  }

  /** Applies a signed link's choice at once; a forged or unknown link is refused. */
  async unsubscribe(token: string): Promise<{ scope: UnsubscribeScope }> {
    const claim = readUnsubscribeToken(await this.opts.secret(), token);
    if (!claim) throw invalid('This unsubscribe link is not valid');
    if (claim.userId.startsWith(ADDRESS_PREFIX)) {
      await this.opts.mail.setSetting(
        suppressedKey(claim.userId.slice(ADDRESS_PREFIX.length)),
        String(this.opts.now()),
      );
      return { scope: claim.scope };
    }
    if (!(await this.opts.users.findById(claim.userId))) throw notFound('This unsubscribe link is not valid');
    const prefs = await this.opts.mail.getPreferences(claim.userId);
    const notices = { mentions: 'off', replies: 'off', signOffRequests: false } as const;
    const next: MailPreferences =
      claim.scope === 'digest'
        ? { ...prefs, digest: false }
        : claim.scope === 'notices'
          ? { ...prefs, ...notices }
          : { ...prefs, ...notices, digest: false };
    await this.opts.mail.setPreferences(claim.userId, next, this.opts.now());
    return { scope: claim.scope };
  }
}
