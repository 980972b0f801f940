import { z } from 'zod';
import { lineSchema } from './common.ts';
import { documentTypeSchema } from './documents.ts';
import { languageSchema } from './users.ts';

/** Ids of built-in templates start with this; the rest are workspace templates. */
export const BUILT_IN_TEMPLATE_PREFIX = 'builtin:';

export const templateIdSchema = z.string().min(1).max(100);

export const templateSchema = z.object({
  id: z.string(),
  type: documentTypeSchema,
  title: z.string(),
  builtIn: z.boolean(),
  /** The language of a built-in template's text. */
  language: languageSchema.optional(),
});
export type Template = z.infer<typeof templateSchema>;

export const listTemplatesResponseSchema = z.object({ templates: z.array(templateSchema) });
export type ListTemplatesResponse = z.infer<typeof listTemplatesResponseSchema>;

export const saveAsTemplateRequestSchema = z.object({ title: lineSchema(200) });
export type SaveAsTemplateRequest = z.infer<typeof saveAsTemplateRequestSchema>;

export const templateResponseSchema = z.object({ template: templateSchema });
export type TemplateResponse = z.infer<typeof templateResponseSchema>;
