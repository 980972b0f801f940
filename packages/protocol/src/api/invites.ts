import { z } from 'zod';
import { isoDateSchema } from './common.ts';
import { citySchema, roleSchema } from './workspaces.ts';

export const INVITE_DEFAULT_HOURS = 168;
export const INVITE_MAX_HOURS = 24 * 90;

export const inviteSchema = z.object({
  id: z.string(),
  role: roleSchema,
  createdAt: isoDateSchema,
  expiresAt: isoDateSchema,
  revoked: z.boolean(),
  /** User id of the facilitator who created it. */
  createdBy: z.string(),
  /** The workspace city the invitee will represent, or null when they choose on joining. */
  cityId: z.string().nullable(),
});
export type Invite = z.infer<typeof inviteSchema>;

export const createInviteRequestSchema = z.object({
  role: roleSchema,
  expiresInHours: z.number().int().min(1).max(INVITE_MAX_HOURS).optional(),
  /** A workspace city's id or name. */
  city: z.string().max(100).optional(),
  /** When given (and email is on), the link is also sent to this address. */
  email: z.email().max(320).optional(),
});
export type CreateInviteRequest = z.infer<typeof createInviteRequestSchema>;

/** The token is shown only in this response; `url` is `<origin>/invite/<token>`. */
export const createInviteResponseSchema = z.object({
  invite: inviteSchema,
  token: z.string(),
  url: z.string(),
  /** True when the link was queued for sending to the request's `email`. */
  emailed: z.boolean().optional(),
});
export type CreateInviteResponse = z.infer<typeof createInviteResponseSchema>;

export const listInvitesResponseSchema = z.object({ invites: z.array(inviteSchema) });
export type ListInvitesResponse = z.infer<typeof listInvitesResponseSchema>;

/** What anyone holding the link may see before logging in. */
export const invitePreviewSchema = z.object({
  workspace: z.object({ id: z.string(), title: z.string() }),
  role: roleSchema,
  expiresAt: isoDateSchema,
  /** Display name of the facilitator who sent it. */
  invitedBy: z.string(),
  /** The city the invite names, or null: then `cities` are the choices on joining. */
  city: citySchema.nullable(),
  cities: z.array(citySchema),
});
export type InvitePreview = z.infer<typeof invitePreviewSchema>;

/** `POST /api/invites/:token/accept`; `city` (id or name) is used only when the invite names none. */
export const acceptInviteRequestSchema = z.strictObject({ city: z.string().max(100).optional() });
export type AcceptInviteRequest = z.infer<typeof acceptInviteRequestSchema>;
