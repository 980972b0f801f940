import { z } from 'zod';
import { isoDateSchema, lineSchema, optionalLineSchema, timeZoneSchema } from './common.ts';

export const Language = { en: 'en', nl: 'nl', vi: 'vi', hi: 'hi' } as const;
export type Language = (typeof Language)[keyof typeof Language];
export const languageSchema = z.enum(Language);

export const PASSWORD_MIN_LENGTH = 10;
// Bounded so nobody can make the server hash megabytes.
export const PASSWORD_MAX_LENGTH = 1024;

export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());
export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  city: z.string(),
  organisation: z.string(),
  language: languageSchema,
  timeZone: z.string(),
  createdAt: isoDateSchema,
});
export type User = z.infer<typeof userSchema>;

export const signupRequestSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: lineSchema(100),
  city: optionalLineSchema(100).optional(),
  organisation: optionalLineSchema(200).optional(),
  language: languageSchema.optional(),
  timeZone: timeZoneSchema.optional(),
});
export type SignupRequest = z.infer<typeof signupRequestSchema>;

export const loginRequestSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const updateMeRequestSchema = z.object({
  displayName: lineSchema(100).optional(),
  city: optionalLineSchema(100).optional(),
  organisation: optionalLineSchema(200).optional(),
  language: languageSchema.optional(),
  timeZone: timeZoneSchema.optional(),
});
export type UpdateMeRequest = z.infer<typeof updateMeRequestSchema>;

/** `POST /api/me/password`: the new password follows the sign-up rules. */
export const changePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: passwordSchema,
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

/** Body of signup, login, `GET /api/me` and `PATCH /api/me`. */
export const userResponseSchema = z.object({ user: userSchema });
export type UserResponse = z.infer<typeof userResponseSchema>;
