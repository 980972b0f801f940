import { z } from 'zod';
import { isoDateSchema } from './common.ts';

/** The multipart field an upload carries its file in. */
export const FILE_UPLOAD_FIELD = 'file';
/** Longest stored file name, in characters (longer names keep their extension). */
export const FILE_NAME_MAX_LENGTH = 200;

/** A stored file of a workspace; `url` serves its bytes (`?thumb=1`: a preview, for images). */
export const fileViewSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  name: z.string(),
  /** Detected from the bytes on upload, never taken from the client's claim. */
  contentType: z.string(),
  bytes: z.number().int(),
  /** Pixel size after orientation; images only. */
  width: z.number().int().optional(),
  height: z.number().int().optional(),
  createdAt: isoDateSchema,
  createdBy: z.string(),
  url: z.string(),
});
export type FileView = z.infer<typeof fileViewSchema>;

export const fileResponseSchema = z.object({ file: fileViewSchema });
export type FileResponse = z.infer<typeof fileResponseSchema>;

export const listFilesResponseSchema = z.object({ files: z.array(fileViewSchema) });
export type ListFilesResponse = z.infer<typeof listFilesResponseSchema>;

/** The image types the editors show inline (others are offered as downloads). */
export const INLINE_IMAGE_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];
