import { z } from 'zod';

export const NoticeDelivery = { immediate: 'immediate', digest: 'digest', off: 'off' } as const;
export type NoticeDelivery = (typeof NoticeDelivery)[keyof typeof NoticeDelivery];
export const noticeDeliverySchema = z.enum(NoticeDelivery);

/** `PUT /api/me/email` body, and `preferences` in its responses. */
export const emailPreferencesSchema = z
  .object({
    /** @mentions of you: sent within minutes, only in the daily digest, or not at all. */
    mentions: noticeDeliverySchema,
    /** Replies in threads you wrote in. */
    replies: noticeDeliverySchema,
    /** Requests to sign off an action plan for your city. */
    signOffRequests: z.boolean(),
    /** The daily digest at 08:00 in your time zone. */
    digest: z.boolean(),
    /** Workspaces you get no email about. */
    mutedWorkspaces: z.array(z.string().min(1).max(200)).max(500),
  })
  .strict();
export type EmailPreferences = z.infer<typeof emailPreferencesSchema>;

/** A mail that could not be delivered (a bounce or permanent failure). */
export const emailFailureSchema = z.object({
  at: z.string(),
  kind: z.string(),
  error: z.string(),
});
export type EmailFailure = z.infer<typeof emailFailureSchema>;

/** `GET /api/me/email` and `PUT /api/me/email`. */
export const emailSettingsResponseSchema = z.object({
  /** False when the server has no SMTP_URL: nothing is sent. */
  enabled: z.boolean(),
  address: z.string(),
  preferences: emailPreferencesSchema,
  failures: z.array(emailFailureSchema),
});
export type EmailSettingsResponse = z.infer<typeof emailSettingsResponseSchema>;

/** `POST /api/email/unsubscribe?token=` (and GET): what the link turned off. */
export const unsubscribeResponseSchema = z.object({
  scope: z.enum(['notices', 'digest', 'all']),
});
export type UnsubscribeResponse = z.infer<typeof unsubscribeResponseSchema>;
