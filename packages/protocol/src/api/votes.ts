import { z } from 'zod';
import { lineSchema } from './common.ts';

/** A vote's lifecycle: open (counts hidden), revealed (counts shown, voting goes on), closed (result kept). */
export const VoteStatus = {
  open: 'open',
  revealed: 'revealed',
  closed: 'closed',
} as const;
export type VoteStatus = (typeof VoteStatus)[keyof typeof VoteStatus];
export const voteStatusSchema = z.enum(VoteStatus);

export const MIN_DOTS_PER_PERSON = 1;
export const MAX_DOTS_PER_PERSON = 20;

// Board coordinates stay well inside what a canvas can draw; anything larger is a mistake.
const coordinate = z.number().finite().min(-1e7).max(1e7);
const extent = z.number().finite().gt(0).max(1e7);

/** A rectangle of the board in board coordinates; only stickies whose centre lies in it take dots. */
export const voteAreaSchema = z.object({ x: coordinate, y: coordinate, w: extent, h: extent });
export type VoteArea = z.infer<typeof voteAreaSchema>;

/** A sticky's shape id (whiteboard votes). */
export const voteTargetIdSchema = z.string().min(1).max(128);

export const createVoteRequestSchema = z.object({
  title: lineSchema(200),
  dotsPerPerson: z.number().int().min(MIN_DOTS_PER_PERSON).max(MAX_DOTS_PER_PERSON),
  /** Anonymous votes never show who placed a dot, not even after reveal. */
  anonymous: z.boolean(),
  /** Leave out (or null) for the whole board. */
  area: voteAreaSchema.nullable().optional(),
  /** The exchange session the vote is run in, when there is one. */
  sessionId: z.string().min(1).max(64).nullable().optional(),
});
export type CreateVoteRequest = z.infer<typeof createVoteRequestSchema>;

export const dotRequestSchema = z.object({ targetId: voteTargetIdSchema });
export type DotRequest = z.infer<typeof dotRequestSchema>;

export const voteVoterSchema = z.object({ userId: z.string(), name: z.string() });
export type VoteVoter = z.infer<typeof voteVoterSchema>;

/** One target's tally after reveal; `voters` (one entry per dot) only on named votes. */
export const voteResultSchema = z.object({
  targetId: z.string(),
  count: z.number().int(),
  voters: z.array(voteVoterSchema).optional(),
});
export type VoteResult = z.infer<typeof voteResultSchema>;

export const voteSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  documentId: z.string(),
  sessionId: z.string().nullable(),
  title: z.string(),
  dotsPerPerson: z.number().int(),
  anonymous: z.boolean(),
  area: voteAreaSchema.nullable(),
  status: voteStatusSchema,
  createdAt: z.string(),
  createdBy: z.string(),
  revealedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** The caller's own dots: one target id per dot, a target repeated for each dot on it. */
  myDots: z.array(z.string()),
  /** How many people have at least one dot in, and how many dots are in altogether. */
  voters: z.number().int(),
  dotsCast: z.number().int(),
  /** Per-target counts, most dots first: null until the vote is revealed. */
  results: z.array(voteResultSchema).nullable(),
});
export type Vote = z.infer<typeof voteSchema>;

export const voteResponseSchema = z.object({ vote: voteSchema });
export type VoteResponse = z.infer<typeof voteResponseSchema>;

export const listVotesResponseSchema = z.object({ votes: z.array(voteSchema) });
export type ListVotesResponse = z.infer<typeof listVotesResponseSchema>;
