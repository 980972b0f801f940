import { z } from 'zod';
import { isoDateSchema, lineSchema } from './common.ts';
import { languageSchema } from './users.ts';
import { roleSchema } from './workspaces.ts';

// Wire shapes of the action plan endpoints (export, import, sign-off, agreed versions). Plans and
// diffs are the plain shapes of @weft/model (`ActionPlanSnapshot`, `PlanDiff`); protocol depends on
// no package of ours, so they are typed loosely here and parsed with @weft/model's schemas.

/** Same values as `ExportFormat` in @weft/export. */
export const exportFormatSchema = z.enum(['pdf', 'docx', 'md', 'csv', 'json']);
export type ExportFormatName = z.infer<typeof exportFormatSchema>;

/**
 * Query of `GET /api/documents/:id/export`; without `version` the current draft is exported.
 * `lang` is the language of the document's labels, dates and numbers (PDF, DOCX, Markdown);
 * without it the requester's saved language is used.
 */
export const exportQuerySchema = z.object({
  format: exportFormatSchema,
  version: z.string().min(1).max(100).optional(),
  lang: languageSchema.optional(),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** Same values as `PlanStatus` in @weft/model. */
export const planStatusSchema = z.enum(['draft', 'proposed', 'agreed']);
export type PlanStatusName = z.infer<typeof planStatusSchema>;

/** `POST /api/documents/:id/import` → 200. `imported` = `created` + `updated`. */
export const importPlanResponseSchema = z.object({
  imported: z.number().int().nonnegative(),
  created: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  contentHash: z.string(),
});
export type ImportPlanResponse = z.infer<typeof importPlanResponseSchema>;

/** One problem in an imported CSV (`400 validation_failed`, `details` is a list of these). */
export const csvImportErrorSchema = z.object({
  /** 1-based record number; the header is row 1; 0 means the file as a whole. */
  row: z.number().int().nonnegative(),
  column: z.string().nullable(),
  reason: z.string(),
});
export type CsvImportErrorDetail = z.infer<typeof csvImportErrorSchema>;

export const signatureSchema = z.object({
  userId: z.string(),
  displayName: z.string().optional(),
  city: z.string(),
  role: roleSchema,
  contentHash: z.string(),
  /** ISO instant with offset. */
  at: z.string(),
  /** IANA zone of the signer, for showing the local time they signed at. */
  timeZone: z.string(),
});
export type SignatureView = z.infer<typeof signatureSchema>;

/** An immutable agreed version, without its content (see `GET .../versions/:vid`). */
export const planVersionSchema = z.object({
  id: z.string(),
  number: z.number().int().positive(),
  /** e.g. `Agreed v1 — 2026-11-28` */
  name: z.string(),
  contentHash: z.string(),
  signatures: z.array(signatureSchema),
  agreedAt: z.string(),
  createdAt: isoDateSchema,
});
export type PlanVersionView = z.infer<typeof planVersionSchema>;

/** What the caller may do, so a screen can show or hide its buttons without repeating the rules. */
export const signOffCallerSchema = z.object({
  role: roleSchema,
  /** The caller's own city from their profile (may be empty). */
  city: z.string(),
  /** The party the caller signs for: the party equal to their city, or null. */
  party: z.string().nullable(),
  canPropose: z.boolean(),
  canSign: z.boolean(),
  canWithdraw: z.boolean(),
  canCancel: z.boolean(),
  canImport: z.boolean(),
  /** Why `canSign` is false (null when it is true). */
  signBlockedReason: z.string().nullable(),
});
export type SignOffCaller = z.infer<typeof signOffCallerSchema>;

/** `GET /api/documents/:id/signoff` and the body of every successful sign-off action. */
export const signOffResponseSchema = z.object({
  status: planStatusSchema,
  /** Hash of the live content; send it back as `contentHash` when signing. */
  contentHash: z.string(),
  /** Proposed/agreed parties, or (draft) the parties a proposal would use now. */
  parties: z.array(z.string()),
  /** Every city of the workspace (names): the choices for `parties` when proposing. */
  workspaceCities: z.array(z.string()),
  /** Parties with a valid signature in the current round. */
  signedParties: z.array(z.string()),
  /** Parties still to sign (empty unless proposed). */
  pendingParties: z.array(z.string()),
  /** Signatures of the current round that are valid for the live content. */
  validSignatures: z.array(signatureSchema),
  proposedBy: z.string().nullable(),
  proposedAt: z.string().nullable(),
  /** What an export of the live content prints (see `signOffTrail` in @weft/model). */
  trail: z.object({
    status: planStatusSchema,
    versionName: z.string().nullable(),
    agreedAt: z.string().nullable(),
    signatures: z.array(signatureSchema),
  }),
  latestVersion: planVersionSchema.nullable(),
  /** True when the live content differs from the latest agreed version; null without one. */
  changedSinceAgreed: z.boolean().nullable(),
  /** The whole stored sign-off state (the machine's `SignOffState`) after the content check. */
  state: z.record(z.string(), z.unknown()),
  you: signOffCallerSchema,
});
export type SignOffResponse = z.infer<typeof signOffResponseSchema>;

/** `POST /api/documents/:id/signoff/propose`. */
export const proposePlanRequestSchema = z.object({
  /** The hash the proposer reviewed; when given and stale, the proposal is refused (409). */
  contentHash: z.string().min(1).max(200).optional(),
  /** Two or more of the workspace's cities (ids or names); default: all of them. */
  parties: z.array(z.string().min(1).max(100)).min(2).max(20).optional(),
});
export type ProposePlanRequest = z.infer<typeof proposePlanRequestSchema>;

/** `POST /api/documents/:id/signoff/sign`. */
export const signPlanRequestSchema = z.object({
  /** The hash from `GET .../signoff` the signer reviewed; a stale one is refused (409). */
  contentHash: z.string().min(1).max(200),
  /** The party signed for; must be the caller's own city (defaults to it). */
  city: lineSchema(100).optional(),
});
export type SignPlanRequest = z.infer<typeof signPlanRequestSchema>;

/** `POST /api/documents/:id/signoff/withdraw`: takes back the caller's city's signature. */
export const withdrawSignatureRequestSchema = z.object({
  city: lineSchema(100).optional(),
});
export type WithdrawSignatureRequest = z.infer<typeof withdrawSignatureRequestSchema>;

export const listPlanVersionsResponseSchema = z.object({ versions: z.array(planVersionSchema) });
export type ListPlanVersionsResponse = z.infer<typeof listPlanVersionsResponseSchema>;

/** `GET /api/documents/:id/versions/:vid`: the read-only content of an agreed version. */
export const planVersionResponseSchema = z.object({
  version: planVersionSchema,
  /** An `ActionPlanSnapshot` (@weft/model). */
  plan: z.record(z.string(), z.unknown()),
});
export type PlanVersionResponse = z.infer<typeof planVersionResponseSchema>;

/** `GET /api/documents/:id/versions/:vid/diff`: what changed from the version to the live plan. */
export const planVersionDiffResponseSchema = z.object({
  version: planVersionSchema,
  contentHash: z.string(),
  /** A `PlanDiff` (@weft/model): meta, added, removed, changed (per field before/after), moved. */
  diff: z.record(z.string(), z.unknown()),
});
export type PlanVersionDiffResponse = z.infer<typeof planVersionDiffResponseSchema>;
