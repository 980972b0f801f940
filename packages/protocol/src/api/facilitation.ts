import { z } from 'zod';
import { REACTIONS } from '../reactions.ts';
import { type SessionTimer, TimerStatus } from '../sessionTimer.ts';

/** Limits of the facilitation requests; the server answers 400 `validation_failed` beyond them. */
export const FACILITATION_LIMITS = {
  /** A countdown set at start: up to one session day. */
  maxStartMinutes: 24 * 60,
  /** One extension at a time. */
  maxExtendMinutes: 120,
  /** Reactions one person may send per window, on every node together. */
  reactionsPerWindow: 8,
  reactionWindowMs: 10_000,
} as const;

export const sessionTimerSchema = z.object({
  itemIndex: z.number().int().min(0),
  status: z.enum(TimerStatus),
  durationMs: z.number().int().min(0),
  endsAt: z.number().int().nullable(),
  remainingMs: z.number().int().nullable(),
  endedAt: z.number().int().nullable(),
}) satisfies z.ZodType<SessionTimer>;

export const raisedHandSchema = z.object({
  userId: z.string(),
  name: z.string(),
  /** Server time (epoch ms) the hand went up. */
  raisedAt: z.number().int(),
});
export type RaisedHand = z.infer<typeof raisedHandSchema>;

/**
 * `GET /api/sessions/:id/facilitation`, every change request's answer and the `facilitation:changed`
 * event: the effective timer at `serverTime` and the raised hands, oldest first.
 */
export const facilitationStateSchema = z.object({
  workspaceId: z.string(),
  sessionId: z.string(),
  timer: sessionTimerSchema,
  hands: z.array(raisedHandSchema),
  /** The server's clock (epoch ms) when this state was read; clients estimate their offset from it. */
  serverTime: z.number().int(),
});
export type FacilitationState = z.infer<typeof facilitationStateSchema>;

const minutes = (max: number) => z.number().int().min(1).max(max);

/** `POST /api/sessions/:id/timer`: one facilitator action. */
export const timerActionRequestSchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('start'),
    minutes: minutes(FACILITATION_LIMITS.maxStartMinutes).optional(),
  }),
  z.strictObject({ action: z.literal('pause') }),
  z.strictObject({ action: z.literal('resume') }),
  z.strictObject({ action: z.literal('extend'), minutes: minutes(FACILITATION_LIMITS.maxExtendMinutes) }),
  z.strictObject({ action: z.literal('reset') }),
  z.strictObject({ action: z.literal('goto'), index: z.number().int().min(0) }),
  z.strictObject({ action: z.literal('next') }),
  z.strictObject({ action: z.literal('previous') }),
]);
export type TimerActionRequest = z.infer<typeof timerActionRequestSchema>;

/** `POST /api/sessions/:id/reactions`. */
export const reactionRequestSchema = z.strictObject({ emoji: z.enum(REACTIONS) });
export type ReactionRequest = z.infer<typeof reactionRequestSchema>;

/** The `session:reaction` event: shown briefly to everyone on the session page, never stored. */
export const sessionReactionSchema = z.object({
  workspaceId: z.string(),
  sessionId: z.string(),
  /** Unique per reaction, so a client can key and expire each one. */
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  emoji: z.enum(REACTIONS),
  serverTime: z.number().int(),
});
export type SessionReaction = z.infer<typeof sessionReactionSchema>;
