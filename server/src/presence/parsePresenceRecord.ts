import { presenceActivitySchema, viewportSchema } from '@weft/protocol';
import { z } from 'zod';
import type { PresenceRecord } from './PresenceStore.ts';

const recordSchema = z.object({
  workspaceId: z.string(),
  connectionId: z.string(),
  nodeId: z.string(),
  userId: z.string(),
  name: z.string(),
  city: z.string().nullable(),
  colour: z.string(),
  documentId: z.string().nullable(),
  sessionId: z.string().nullable(),
  activity: presenceActivitySchema,
  viewport: viewportSchema.nullable(),
  lastSeen: z.number(),
});

/** Reads a record stored as JSON by another node; null for anything malformed, which is skipped. */
export function parsePresenceRecord(json: string): PresenceRecord | null {
  try {
    const parsed = recordSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
