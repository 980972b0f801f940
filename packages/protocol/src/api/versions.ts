import { z } from 'zod';
import { planVersionSchema } from './actionPlans.ts';
import { isoDateSchema, lineSchema } from './common.ts';

/** How a version came to be (see docs/api.md § Versions). */
export const VersionKind = {
  named: 'named',
  auto: 'auto',
  session: 'session',
  agreed: 'agreed',
} as const;
export type VersionKind = (typeof VersionKind)[keyof typeof VersionKind];
export const versionKindSchema = z.enum(['named', 'auto', 'session', 'agreed']);

/** Formats a version can be exported in; which apply depends on the document type. */
export const versionExportFormatSchema = z.enum(['md', 'json', 'pdf', 'docx', 'csv', 'svg', 'png']);
export type VersionExportFormat = z.infer<typeof versionExportFormatSchema>;

/** One immutable version of a document, without its content. */
export const versionSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  name: z.string(),
  kind: versionKindSchema,
  createdAt: isoDateSchema,
  /** User id of whoever named, restored or agreed it; null for versions the server took. */
  createdBy: z.string().nullable(),
  /** Display name of `createdBy`, for the history list. */
  createdByName: z.string().nullable(),
  /** The exchange session it records (`kind: 'session'`). */
  sessionId: z.string().nullable(),
  /** Agreed action-plan versions only: number, hash and signatures. */
  agreed: planVersionSchema.optional(),
});
export type Version = z.infer<typeof versionSchema>;

/** `POST /api/documents/:id/versions`. */
export const createVersionRequestSchema = z.strictObject({ name: lineSchema(200) });
export type CreateVersionRequest = z.infer<typeof createVersionRequestSchema>;

export const versionResponseSchema = z.object({ version: versionSchema });
export type VersionResponse = z.infer<typeof versionResponseSchema>;

/** `GET /api/documents/:id/versions`: newest first. */
export const listVersionsResponseSchema = z.object({ versions: z.array(versionSchema) });
export type ListVersionsResponse = z.infer<typeof listVersionsResponseSchema>;

/** `POST /api/documents/:id/versions/:versionId/restore`: what was restored and the state kept before. */
export const restoreVersionResponseSchema = z.object({ version: versionSchema, kept: versionSchema });
export type RestoreVersionResponse = z.infer<typeof restoreVersionResponseSchema>;

export const versionExportQuerySchema = z.object({ format: versionExportFormatSchema });

/** `POST /api/sessions/:id/end` and `GET /api/sessions/:id/records`. */
export const sessionRecordsResponseSchema = z.object({
  sessionId: z.string(),
  /** Null while the session has not ended. */
  endedAt: isoDateSchema.nullable(),
  endedBy: z.string().nullable(),
  /** One `session` version per linked document, recorded when the session ended. */
  records: z.array(versionSchema),
});
export type SessionRecordsResponse = z.infer<typeof sessionRecordsResponseSchema>;

/** `GET /api/sessions/:id/minutes?format=pdf|docx|md&lang=en|nl|vi`. */
export const minutesQuerySchema = z.object({
  format: z.enum(['pdf', 'docx', 'md']),
  lang: z.enum(['en', 'nl', 'vi']).default('en'),
});
