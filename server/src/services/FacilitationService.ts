import { randomBytes } from 'node:crypto';
import {
  applyTimerAction,
  type FacilitationState,
  type Reaction,
  Role,
  readyTimer,
  type SessionReaction,
  type SessionTimer,
  type TimerAction,
  timerAt,
} from '@weft/protocol';
import type { FacilitationStore, StoredTimer } from '../storage/FacilitationStore.ts';
import type { UserStore } from '../storage/UserStore.ts';
import type { ExchangeSessionService } from './ExchangeSessionService.ts';
import { conflict, forbidden, invalid } from './errors.ts';

export interface FacilitationServiceOptions {
  store: FacilitationStore;
  sessions: Pick<ExchangeSessionService, 'get'>;
  users: Pick<UserStore, 'findById'>;
  now: () => number;
}

/** What the realtime edge pushes to the session's workspace. */
export type FacilitationEvent =
  | { type: 'changed'; state: FacilitationState }
  | { type: 'reaction'; reaction: SessionReaction };

/**
 * The facilitator's tools on a live session: the timer (facilitators only: they run the meeting,
 * editors plan it), the queue of raised hands and passing reactions (every member).
 */
export class FacilitationService {
  private readonly listeners = new Set<(event: FacilitationEvent) => void>();

  constructor(private readonly opts: FacilitationServiceOptions) {}

  /** Returns a function that unsubscribes. */
  subscribe(listener: (event: FacilitationEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: FacilitationEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  /** The effective timer and the hands now; any member of the session's workspace may read them. */
  async state(actorId: string, sessionId: string): Promise<FacilitationState> {
    const { session } = await this.opts.sessions.get(actorId, sessionId);
    return this.read(session.workspaceId, sessionId, session.agenda);
  }

  async timer(actorId: string, sessionId: string, action: TimerAction): Promise<FacilitationState> {
    const { session, workspace } = await this.opts.sessions.get(actorId, sessionId, Role.facilitator);
    if (workspace.archived) throw conflict('This workspace is archived');
    const now = this.opts.now();
    await this.opts.store.updateTimer(sessionId, (current) => {
      const result = applyTimerAction(current ?? readyTimer(session.agenda), action, session.agenda, now);
      if (!result.ok) {
        throw result.problem === 'invalid'
          ? invalid(result.message, [{ path: 'index', message: result.message }])
          : conflict(result.message);
      }
      return { ...stripped(result.timer), updatedAt: now, updatedBy: actorId };
    });
    return this.changed(session.workspaceId, sessionId, session.agenda);
  }

  /** Puts the caller's hand up (a hand already up keeps its place). */
  async raiseHand(actorId: string, sessionId: string): Promise<FacilitationState> {
    const { session } = await this.opts.sessions.get(actorId, sessionId);
    const user = await this.opts.users.findById(actorId);
    const raised = await this.opts.store.raiseHand(sessionId, {
      userId: actorId,
      name: user?.displayName ?? '',
      raisedAt: this.opts.now(),
    });
    return raised
      ? this.changed(session.workspaceId, sessionId, session.agenda)
      : this.read(session.workspaceId, sessionId, session.agenda);
  }

  /** People lower their own hand; a facilitator lowers anyone's once it is answered. */
  async lowerHand(actorId: string, sessionId: string, userId: string): Promise<FacilitationState> {
    const { session, role } = await this.opts.sessions.get(actorId, sessionId);
    if (userId !== actorId && role !== Role.facilitator) {
      throw forbidden("Only a facilitator marks someone else's hand as answered");
    }
    const lowered = await this.opts.store.lowerHand(sessionId, userId);
    return lowered
      ? this.changed(session.workspaceId, sessionId, session.agenda)
      : this.read(session.workspaceId, sessionId, session.agenda);
  }

  /** A passing reaction: pushed to everyone on the page, never stored (the route limits the rate). */
  async react(actorId: string, sessionId: string, emoji: Reaction): Promise<SessionReaction> {
    const { session } = await this.opts.sessions.get(actorId, sessionId);
    const user = await this.opts.users.findById(actorId);
    const reaction: SessionReaction = {
      workspaceId: session.workspaceId,
      sessionId,
      id: randomBytes(9).toString('base64url'),
      userId: actorId,
      name: user?.displayName ?? '',
      emoji,
      serverTime: this.opts.now(),
    };
    this.emit({ type: 'reaction', reaction });
    return reaction;
  }

  private async read(
    workspaceId: string,
    sessionId: string,
    agenda: readonly { minutes: number }[],
  ): Promise<FacilitationState> {
    const [stored, hands] = await Promise.all([
      this.opts.store.getTimer(sessionId),
      this.opts.store.listHands(sessionId),
    ]);
    // Read after the store so `serverTime` is never earlier than the state it describes.
    const serverTime = this.opts.now();
    const timer = timerAt(stored ? stripped(stored) : readyTimer(agenda), agenda, serverTime);
    return { workspaceId, sessionId, timer, hands, serverTime };
  }

  private async changed(workspaceId: string, sessionId: string, agenda: readonly { minutes: number }[]) {
    const state = await this.read(workspaceId, sessionId, agenda);
    this.emit({ type: 'changed', state });
    return state;
  }
}

/** Only the timer's own fields, so bookkeeping never reaches the wire. */
function stripped(t: SessionTimer | StoredTimer): SessionTimer {
  return {
    itemIndex: t.itemIndex,
    status: t.status,
    durationMs: t.durationMs,
    endsAt: t.endsAt,
    remainingMs: t.remainingMs,
    endedAt: t.endedAt,
  };
}
