/**
 * The session timer as one pure function of its stored state and the time: server and clients
 * compute the same effective state from the same inputs, so no scheduler has to advance the agenda
 * and every node agrees (docs/facilitation.md).
 */

export const TimerStatus = {
  /** Pre-filled, not counting. */
  ready: 'ready',
  running: 'running',
  paused: 'paused',
  /** The last agenda item's countdown reached zero. */
  ended: 'ended',
} as const;
export type TimerStatus = (typeof TimerStatus)[keyof typeof TimerStatus];

/** Minutes of the countdown when the session has no agenda item to take them from. */
export const DEFAULT_TIMER_MINUTES = 5;

export interface SessionTimer {
  /** The current agenda item (0 when the agenda is empty). */
  itemIndex: number;
  status: TimerStatus;
  /** The whole countdown of this item, extensions included. */
  durationMs: number;
  /** Server time (epoch ms) at which a running countdown reaches zero; null otherwise. */
  endsAt: number | null;
  /** What is left when not running (ready: the duration; paused: what was left; ended: 0). */
  remainingMs: number | null;
  /** Server time at which the previous countdown reached zero and advanced the agenda; else null. */
  endedAt: number | null;
}

/** What the timer needs of an agenda item. */
export interface TimedItem {
  minutes: number;
}

export type TimerAction =
  | { action: 'start'; minutes?: number | undefined }
  | { action: 'pause' }
  | { action: 'resume' }
  | { action: 'extend'; minutes: number }
  | { action: 'reset' }
  | { action: 'goto'; index: number }
  | { action: 'next' }
  | { action: 'previous' };

export type TimerActionResult =
  | { ok: true; timer: SessionTimer }
  | { ok: false; problem: 'conflict' | 'invalid'; message: string };

const MINUTE = 60_000;

/** Item `index`, ready and pre-filled from its minutes. */
export function readyTimer(agenda: readonly TimedItem[], index = 0): SessionTimer {
  const durationMs = (agenda[index]?.minutes ?? DEFAULT_TIMER_MINUTES) * MINUTE;
  return {
    itemIndex: index,
    status: 'ready',
    durationMs,
    endsAt: null,
    remainingMs: durationMs,
    endedAt: null,
  };
}

/**
 * The effective timer at `now`: a running countdown that reached zero moves the agenda to the next
 * item (ready, pre-filled), or ends on the last one. An index past a shortened agenda falls back to
 * its last item.
 */
export function timerAt(stored: SessionTimer, agenda: readonly TimedItem[], now: number): SessionTimer {
  if (agenda.length > 0 && stored.itemIndex >= agenda.length) return readyTimer(agenda, agenda.length - 1);
  if (stored.status !== 'running' || stored.endsAt === null || now < stored.endsAt) return stored;
  const next = stored.itemIndex + 1;
  if (next < agenda.length) return { ...readyTimer(agenda, next), endedAt: stored.endsAt };
  return { ...stored, status: 'ended', endsAt: null, remainingMs: 0, endedAt: stored.endsAt };
}

/** Milliseconds left on the effective timer at `now` (never below zero). */
export function remainingAt(timer: SessionTimer, now: number): number {
  if (timer.status === 'running' && timer.endsAt !== null) return Math.max(0, timer.endsAt - now);
  return Math.max(0, timer.remainingMs ?? 0);
}

/** A facilitator's action on the timer as it is at `now`; refused when the state does not allow it. */
export function applyTimerAction(
  stored: SessionTimer,
  action: TimerAction,
  agenda: readonly TimedItem[],
  now: number,
): TimerActionResult {
  const timer = timerAt(stored, agenda, now);
  const ok = (next: SessionTimer): TimerActionResult => ({ ok: true, timer: next });
  const refuse = (message: string): TimerActionResult => ({ ok: false, problem: 'conflict', message });
  const go = (index: number): TimerActionResult => {
    if (index < 0 || index >= Math.max(agenda.length, 1)) {
      return { ok: false, problem: 'invalid', message: `There is no agenda item ${index + 1}` };
    }
    return ok(readyTimer(agenda, index));
  };
  switch (action.action) {
    case 'start': {
      if (timer.status !== 'ready') return refuse(`The timer is ${timer.status}; only a ready timer starts`);
      const durationMs = action.minutes === undefined ? timer.durationMs : action.minutes * MINUTE;
      const remaining = action.minutes === undefined ? remainingAt(timer, now) : durationMs;
      return ok({
        ...timer,
        status: 'running',
        durationMs,
        endsAt: now + remaining,
        remainingMs: null,
        endedAt: null,
      });
    }
    case 'pause':
      if (timer.status !== 'running')
        return refuse(`The timer is ${timer.status}; only a running timer pauses`);
      return ok({ ...timer, status: 'paused', remainingMs: remainingAt(timer, now), endsAt: null });
    case 'resume':
      if (timer.status !== 'paused')
        return refuse(`The timer is ${timer.status}; only a paused timer resumes`);
      return ok({ ...timer, status: 'running', endsAt: now + remainingAt(timer, now), remainingMs: null });
    case 'extend': {
      const extra = action.minutes * MINUTE;
      if (timer.status === 'running' && timer.endsAt !== null) {
        return ok({ ...timer, durationMs: timer.durationMs + extra, endsAt: timer.endsAt + extra });
      }
      // Time added after the last item ended runs at once: the discussion simply goes on.
      if (timer.status === 'ended') {
        return ok({ ...timer, status: 'running', durationMs: extra, endsAt: now + extra, remainingMs: null });
      }
      return ok({
        ...timer,
        durationMs: timer.durationMs + extra,
        remainingMs: remainingAt(timer, now) + extra,
      });
    }
    case 'reset':
      return ok(readyTimer(agenda, Math.min(timer.itemIndex, Math.max(agenda.length - 1, 0))));
    case 'goto':
      return go(action.index);
    case 'next':
      if (timer.itemIndex + 1 >= agenda.length) return refuse('This is the last agenda item');
      return go(timer.itemIndex + 1);
    case 'previous':
      if (timer.itemIndex === 0) return refuse('This is the first agenda item');
      return go(timer.itemIndex - 1);
  }
}
