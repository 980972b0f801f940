import type { ExchangeSession } from '@weft/protocol';
import type { ExchangeSessionRecord } from '../storage/ExchangeSessionStore.ts';

const iso = (ms: number) => new Date(ms).toISOString();

/** A stored exchange session in the API's shape (ISO-8601 UTC times). */
export function exchangeSessionView(s: ExchangeSessionRecord): ExchangeSession {
  return {
    id: s.id,
    workspaceId: s.workspaceId,
    title: s.title,
    start: iso(s.startsAt),
    durationMinutes: s.durationMinutes,
    agenda: s.agenda,
    documentIds: s.documentIds,
    videoUrl: s.videoUrl,
    createdAt: iso(s.createdAt),
    updatedAt: iso(s.updatedAt),
    createdBy: s.createdBy,
  };
}
