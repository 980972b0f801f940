import { z } from 'zod';
import { DOCUMENT_ID_PATTERN } from '../documentId.ts';
import { isoDateSchema, lineSchema, optionalLineSchema } from './common.ts';
import { roleSchema } from './workspaces.ts';

/** Limits of one exchange session; the server answers 400 `validation_failed` beyond them. */
export const EXCHANGE_SESSION_LIMITS = {
  minDurationMinutes: 5,
  /** One day: a session is a meeting, not a programme. */
  maxDurationMinutes: 24 * 60,
  maxAgendaItems: 50,
  maxLinkedDocuments: 50,
} as const;

const idSchema = z.string().regex(DOCUMENT_ID_PATTERN, 'ids must match [A-Za-z0-9_-]{1,128}');

/** One agenda point: who leads it and how many minutes it gets. */
export const agendaItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** Free text (a member's name, or a guest speaker); may be empty. */
  owner: z.string(),
  minutes: z.number().int(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** An agenda item as sent by a client; `id` keeps an existing item's identity, new items get one. */
export const agendaItemInputSchema = z.strictObject({
  id: idSchema.optional(),
  title: lineSchema(200),
  owner: optionalLineSchema(200).optional(),
  minutes: z.number().int().min(1).max(EXCHANGE_SESSION_LIMITS.maxDurationMinutes),
});
export type AgendaItemInput = z.infer<typeof agendaItemInputSchema>;

export const exchangeSessionSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  title: z.string(),
  /** ISO-8601 UTC; every reader converts it to their own and each member city's zone. */
  start: isoDateSchema,
  durationMinutes: z.number().int(),
  agenda: z.array(agendaItemSchema),
  /** Documents of the same workspace, in the order shown as quick links. */
  documentIds: z.array(z.string()),
  /** The video-call link (http/https), or null. */
  videoUrl: z.string().nullable(),
  createdAt: isoDateSchema,
  updatedAt: isoDateSchema,
  createdBy: z.string(),
});
export type ExchangeSession = z.infer<typeof exchangeSessionSchema>;

const sessionFields = {
  title: lineSchema(200),
  /** Any ISO-8601 date-time with `Z` or an offset (`2026-03-30T10:00:00+02:00`); stored as UTC. */
  start: z.iso.datetime({ offset: true }),
  durationMinutes: z
    .number()
    .int()
    .min(EXCHANGE_SESSION_LIMITS.minDurationMinutes)
    .max(EXCHANGE_SESSION_LIMITS.maxDurationMinutes),
  agenda: z.array(agendaItemInputSchema).max(EXCHANGE_SESSION_LIMITS.maxAgendaItems),
  documentIds: z.array(idSchema).max(EXCHANGE_SESSION_LIMITS.maxLinkedDocuments),
  videoUrl: z
    .string()
    .max(2000)
    .refine(isWebUrl, { message: 'videoUrl must be an http or https URL' })
    .nullable(),
};

/** Only http(s) links: a `javascript:` or `data:` URL must never become a "Join call" link. */
export function isWebUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === 'https:' || protocol === 'http:';
}

export const createExchangeSessionRequestSchema = z.strictObject({
  title: sessionFields.title,
  start: sessionFields.start,
  durationMinutes: sessionFields.durationMinutes,
  agenda: sessionFields.agenda.optional(),
  documentIds: sessionFields.documentIds.optional(),
  videoUrl: sessionFields.videoUrl.optional(),
});
export type CreateExchangeSessionRequest = z.infer<typeof createExchangeSessionRequestSchema>;

/** Omitted fields keep their value; `agenda` and `documentIds` replace the whole list. */
export const updateExchangeSessionRequestSchema = createExchangeSessionRequestSchema.partial();
export type UpdateExchangeSessionRequest = z.infer<typeof updateExchangeSessionRequestSchema>;

export const exchangeSessionResponseSchema = z.object({ session: exchangeSessionSchema });
export type ExchangeSessionResponse = z.infer<typeof exchangeSessionResponseSchema>;
export const exchangeSessionWithRoleResponseSchema = z.object({
  session: exchangeSessionSchema,
  role: roleSchema,
});
export type ExchangeSessionWithRoleResponse = z.infer<typeof exchangeSessionWithRoleResponseSchema>;
export const listExchangeSessionsResponseSchema = z.object({ sessions: z.array(exchangeSessionSchema) });
export type ListExchangeSessionsResponse = z.infer<typeof listExchangeSessionsResponseSchema>;
