import { randomUUID } from 'node:crypto';
import { API_TOKEN_PREFIX, type SignupRequest, type UpdateMeRequest } from '@weft/protocol';
import type { Logger } from 'pino';
import { hashPassword, verifyPassword } from '../auth/passwordHash.ts';
import { hashSecret, newSecret } from '../auth/secrets.ts';
import type { SessionStore } from '../storage/SessionStore.ts';
import type { ApiTokenRecord, TokenStore } from '../storage/TokenStore.ts';
import type { UserRecord, UserStore } from '../storage/UserStore.ts';
import type { AccessEvents } from './AccessEvents.ts';
import { conflict, forbidden, notFound, unauthenticated } from './errors.ts';
import type { Principal } from './Principal.ts';

export interface AccountServiceOptions {
  users: UserStore;
  sessions: SessionStore;
  tokens: TokenStore;
  events: AccessEvents;
  logger: Logger;
  now: () => number;
  sessionTtlMs: number;
  /** log2 of scrypt's N. */
  scryptCost: number;
}

/** A new login session; `secret` goes into the cookie and is not kept. */
export interface NewSession {
  user: UserRecord;
  secret: string;
  expiresAt: number;
}

// Writing lastUsedAt on every request would turn reads into writes; once a minute is precise enough.
const TOUCH_INTERVAL_MS = 60_000;

/** Sign-up, log-in, sessions and API tokens. */
export class AccountService {
  // Checked against when the email is unknown, so a miss takes as long as a wrong password.
  private dummyHash: Promise<string> | null = null;

  constructor(private readonly opts: AccountServiceOptions) {}

  async signup(req: SignupRequest): Promise<NewSession> {
    const now = this.opts.now();
    const user: UserRecord = {
      id: randomUUID(),
      email: req.email,
      passwordHash: await hashPassword(req.password, this.opts.scryptCost),
      displayName: req.displayName,
      city: req.city ?? '',
      organisation: req.organisation ?? '',
      language: req.language ?? 'en',
      timeZone: req.timeZone ?? 'UTC',
      createdAt: now,
    };
    if (!(await this.opts.users.create(user))) {
      throw conflict('An account with this email already exists');
    }
    this.opts.logger.info({ userId: user.id }, 'user signed up');
    return this.startSession(user);
  }

  async login(email: string, password: string): Promise<NewSession> {
    const user = await this.opts.users.findByEmail(email);
    this.dummyHash ??= hashPassword(newSecret(), this.opts.scryptCost);
    const ok = await verifyPassword(password, user?.passwordHash ?? (await this.dummyHash));
    if (!user || !ok) throw unauthenticated('Wrong email or password');
    await this.opts.sessions.deleteExpired(this.opts.now());
    return this.startSession(user);
  }

  private async startSession(user: UserRecord): Promise<NewSession> {
    const now = this.opts.now();
    const secret = newSecret();
    const expiresAt = now + this.opts.sessionTtlMs;
    await this.opts.sessions.create({
      id: randomUUID(),
      secretHash: hashSecret(secret),
      userId: user.id,
      createdAt: now,
      expiresAt,
    });
    return { user, secret, expiresAt };
  }

  /** Ends a session: its cookie stops working and its open sync connections close. */
  async logout(principal: Principal | null): Promise<void> {
    if (principal?.credential.kind !== 'session') return;
    const ended = await this.opts.sessions.delete(principal.credential.id);
    if (ended) this.revoked(ended.userId, ended.id);
  }

  async authenticateSession(secret: string): Promise<Principal | null> {
    const session = await this.opts.sessions.findValid(hashSecret(secret), this.opts.now());
    return session
      ? {
          userId: session.userId,
          credential: { kind: 'session', id: session.id, expiresAt: session.expiresAt },
        }
      : null;
  }

  async authenticateToken(secret: string): Promise<Principal | null> {
    if (!secret.startsWith(API_TOKEN_PREFIX)) return null;
    const token = await this.opts.tokens.findActive(hashSecret(secret));
    if (!token) return null;
    const now = this.opts.now();
    if (token.lastUsedAt === null || now - token.lastUsedAt >= TOUCH_INTERVAL_MS) {
      await this.opts.tokens.touch(token.id, now);
    }
    return { userId: token.userId, credential: { kind: 'token', id: token.id } };
  }

  async getUser(userId: string): Promise<UserRecord> {
    const user = await this.opts.users.findById(userId);
    if (!user) throw unauthenticated('This account no longer exists');
    return user;
  }

  async updateUser(userId: string, patch: UpdateMeRequest): Promise<UserRecord> {
    const user = await this.opts.users.update(userId, patch);
    if (!user) throw unauthenticated('This account no longer exists');
    return user;
  }

  /** A new password for a signed-in user who knows the current one (403 otherwise). */
  async changePassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.getUser(userId);
    if (!(await verifyPassword(currentPassword, user.passwordHash))) {
      throw forbidden('The current password is wrong', { reason: 'wrong_password' });
    }
    await this.opts.users.update(userId, {
      passwordHash: await hashPassword(newPassword, this.opts.scryptCost),
    });
    this.opts.logger.info({ userId }, 'password changed');
  }

  /** The secret is returned once; only its hash is stored. */
  async createToken(userId: string, name: string): Promise<{ token: ApiTokenRecord; secret: string }> {
    const secret = newSecret(API_TOKEN_PREFIX);
    const token: ApiTokenRecord = {
      id: randomUUID(),
      userId,
      name,
      secretHash: hashSecret(secret),
      createdAt: this.opts.now(),
      lastUsedAt: null,
      revokedAt: null,
    };
    await this.opts.tokens.create(token);
    return { token, secret };
  }

  listTokens(userId: string): Promise<ApiTokenRecord[]> {
    return this.opts.tokens.listActive(userId);
  }

  async revokeToken(userId: string, tokenId: string): Promise<void> {
    const revoked = await this.opts.tokens.revoke(tokenId, userId, this.opts.now());
    if (!revoked) throw notFound('No such token');
    this.revoked(userId, revoked.id);
  }

  private revoked(userId: string, credentialId: string): void {
    this.opts.events.publish({ type: 'credentialRevoked', userId, credentialId });
  }
}
