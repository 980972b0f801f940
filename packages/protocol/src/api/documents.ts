import { z } from 'zod';
import { isoDateSchema, lineSchema } from './common.ts';
import { languageSchema } from './users.ts';
import { roleSchema } from './workspaces.ts';

// Same values as `DocumentType` in @weft/model; protocol depends on no package of ours.
export const documentTypeSchema = z.enum(['note', 'actionPlan', 'whiteboard']);
export type DocumentTypeName = z.infer<typeof documentTypeSchema>;

export const documentMetaSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  type: documentTypeSchema,
  title: z.string(),
  archived: z.boolean(),
  createdAt: isoDateSchema,
  updatedAt: isoDateSchema,
  createdBy: z.string(),
});
export type DocumentMeta = z.infer<typeof documentMetaSchema>;

export const createDocumentRequestSchema = z.object({
  type: documentTypeSchema,
  title: lineSchema(200),
  /** Start from this template (built-in or of this workspace) instead of a blank document. */
  templateId: z.string().min(1).max(100).optional(),
  /** Language of a built-in template's text; the creator's profile language when omitted. */
  language: languageSchema.optional(),
});
export type CreateDocumentRequest = z.infer<typeof createDocumentRequestSchema>;

export const renameDocumentRequestSchema = z.object({ title: lineSchema(200) });
export type RenameDocumentRequest = z.infer<typeof renameDocumentRequestSchema>;

export const documentResponseSchema = z.object({ document: documentMetaSchema });
export type DocumentResponse = z.infer<typeof documentResponseSchema>;
export const documentWithRoleResponseSchema = z.object({ document: documentMetaSchema, role: roleSchema });
export type DocumentWithRoleResponse = z.infer<typeof documentWithRoleResponseSchema>;
export const listDocumentsResponseSchema = z.object({ documents: z.array(documentMetaSchema) });
export type ListDocumentsResponse = z.infer<typeof listDocumentsResponseSchema>;
