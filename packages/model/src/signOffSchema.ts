import { z } from 'zod';

/** Sign-off lifecycle of a plan: edited freely, proposed for signing, agreed by every party. */
export const PlanStatus = { draft: 'draft', proposed: 'proposed', agreed: 'agreed' } as const;
export type PlanStatus = (typeof PlanStatus)[keyof typeof PlanStatus];

/** Workspace roles as far as signing goes; only facilitators and editors may sign. */
export const SignOffRole = {
  facilitator: 'facilitator',
  editor: 'editor',
  commenter: 'commenter',
  viewer: 'viewer',
} as const;
export type SignOffRole = (typeof SignOffRole)[keyof typeof SignOffRole];
export const SIGNING_ROLES: readonly SignOffRole[] = [SignOffRole.facilitator, SignOffRole.editor];

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const instantSchema = z.iso.datetime({ offset: true });
const timeZoneSchema = z.string().refine(isTimeZone, 'expected an IANA time zone such as Asia/Ho_Chi_Minh');

export const signatureSchema = z.object({
  userId: z.string().min(1),
  displayName: z.string().optional(),
  city: z.string().min(1),
  role: z.enum(SignOffRole),
  /** Hash of the plan snapshot this person agreed to (see `hashActionPlan`). */
  contentHash: z.string().min(1),
  at: instantSchema,
  /** The signer's own zone, so exports can show the local time they signed at. */
  timeZone: timeZoneSchema,
});
export type Signature = z.infer<typeof signatureSchema>;

export const agreedVersionSchema = z.object({
  number: z.number().int().positive(),
  name: z.string().min(1),
  contentHash: z.string().min(1),
  signatures: z.array(signatureSchema),
  agreedAt: instantSchema,
});
export type AgreedVersion = z.infer<typeof agreedVersionSchema>;

export const signOffStateSchema = z.object({
  status: z.enum(PlanStatus),
  parties: z.array(z.string().min(1)),
  /** Hash under signature: the proposed content while proposed, the agreed content once agreed. */
  contentHash: z.string().nullable(),
  proposedBy: z.string().nullable(),
  proposedAt: instantSchema.nullable(),
  signatures: z.array(signatureSchema),
  /** Every agreed version so far, oldest first; never rewritten. */
  versions: z.array(agreedVersionSchema),
});
export type SignOffState = z.infer<typeof signOffStateSchema>;

export const signInputSchema = signatureSchema.extend({
  role: z.string(),
  timeZone: timeZoneSchema.default('UTC'),
  versionName: z.string().min(1).optional(),
});
export type SignInput = z.input<typeof signInputSchema>;

export const proposeInputSchema = z.object({
  userId: z.string().min(1),
  role: z.string(),
  contentHash: z.string().min(1),
  parties: z.array(z.string().min(1)),
  at: instantSchema,
});
export type ProposeInput = z.input<typeof proposeInputSchema>;

export const withdrawInputSchema = z.object({
  userId: z.string().min(1),
  city: z.string().min(1),
  role: z.string(),
  at: instantSchema,
});
export type WithdrawInput = z.input<typeof withdrawInputSchema>;
