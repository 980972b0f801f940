import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { MailConfig } from '../config.ts';
import type { Storage } from '../storage/openStorage.ts';
import { DigestScheduler } from './DigestScheduler.ts';
import { MailPlanner } from './MailPlanner.ts';
import { MailSender } from './MailSender.ts';
import { MailService } from './MailService.ts';
import type { MailTransport } from './MailTransport.ts';

export interface MailSystem {
  readonly service: MailService;
  /** One pass: notices from new activity, due digests, then every due mail sent. */
  tick(): Promise<void>;
  /** Starts polling every MAIL_POLL_MS (nothing when email is off). */
  start(): void;
  /** Stops polling and waits for a pass in progress. */
  close(): Promise<void>;
}

export interface MailSystemOptions {
  config: MailConfig;
  storage: Storage;
  logger: Logger;
  now: () => number;
  /** Origin of links in mails. */
  baseUrl: string;
  /** Loaded only when SMTP_URL is set, so a server without email never loads nodemailer. */
  createTransport: () => Promise<MailTransport>;
}

const SECRET_KEY = 'unsubscribe.secret';

export function createMailSystem(opts: MailSystemOptions): MailSystem {
  const { config, storage, logger, now } = opts;
  const mail = storage.mail;
  const { users, workspaces, documents, exchangeSessions } = storage.accounts;
  let secret: Promise<string> | undefined;
  // Without MAIL_SECRET, one random secret shared by every node through the database.
  const getSecret = () => {
    secret ??= config.secret
      ? Promise.resolve(config.secret)
      : mail.initSetting(SECRET_KEY, randomBytes(32).toString('base64url'));
    secret.catch(() => {
      secret = undefined;
    });
    return secret;
  };
  const service = new MailService({
    mail,
    users,
    enabled: config.smtpUrl !== undefined,
    secret: getSecret,
    now,
  });
  if (!config.smtpUrl) {
    return { service, tick: async () => {}, start() {}, close: async () => {} };
  }
  const planner = new MailPlanner({
    mail,
    comments: storage.comments.comments,
    documents,
    workspaces,
    users,
    planVersions: storage.planVersions,
    batchMs: config.batchMs,
  });
  const digests = new DigestScheduler({
    mail,
    activity: storage.comments.activity,
    documents,
    workspaces,
    users,
    sessions: exchangeSessions,
    now,
  });
  const domain = /@([^>\s]+)>?\s*$/.exec(config.from)?.[1] ?? 'weft.local';
  let transport: Promise<MailTransport> | undefined;
  let sender: MailSender | undefined;
  const senderOf = async () => {
    transport ??= opts.createTransport();
    sender ??= new MailSender({
      mail,
      users,
      transport: await transport,
      logger,
      now,
      leaseMs: config.leaseMs,
      maxAttempts: config.maxAttempts,
      retryBaseMs: config.pollMs,
      baseUrl: opts.baseUrl,
      domain,
      secret: getSecret,
    });
    return sender;
  };

  let running: Promise<void> | null = null;
  const pass = async () => {
    try {
      await planner.run();
      await digests.run();
      await (await senderOf()).runOnce();
    } catch (err) {
      logger.error({ err }, 'mail pass failed; retrying at the next poll');
    }
  };
  // A caller waits for a whole pass that starts after its call (tests move the clock, then tick).
  const tick = async () => {
    while (running) await running;
    running = pass().finally(() => {
      running = null;
    });
    return running;
  };
  let timer: NodeJS.Timeout | undefined;
  return {
    service,
    tick,
    start() {
      timer ??= setInterval(() => {
        if (!running) void tick();
      }, config.pollMs);
      timer.unref();
      void tick();
    },
    async close() {
      clearInterval(timer);
      await running;
      if (transport) (await transport).close();
    },
  };
}
