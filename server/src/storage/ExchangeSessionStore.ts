import type { AgendaItem } from '@weft/protocol';

/**
 * An exchange meeting of a workspace (not a login session: those live in `SessionStore`).
 * Times are epoch milliseconds; `startsAt` is an instant, so it is UTC by nature.
 */
export interface ExchangeSessionRecord {
  id: string;
  workspaceId: string;
  title: string;
  startsAt: number;
  durationMinutes: number;
  agenda: AgendaItem[];
  documentIds: string[];
  /** An http(s) video-call link, or null. */
  videoUrl: string | null;
  createdAt: number;
  updatedAt: number;
  createdBy: string;
}

export type ExchangeSessionPatch = Partial<
  Pick<
    ExchangeSessionRecord,
    'title' | 'startsAt' | 'durationMinutes' | 'agenda' | 'documentIds' | 'videoUrl' | 'updatedAt'
  >
>;

/** Exchange sessions. Every implementation runs `exchangeSessionStoreContract.ts`. */
export interface ExchangeSessionStore {
  create(session: ExchangeSessionRecord): Promise<void>;
  get(id: string): Promise<ExchangeSessionRecord | null>;
  /** Earliest start first; equal starts in creation order. */
  listByWorkspace(workspaceId: string): Promise<ExchangeSessionRecord[]>;
  update(id: string, patch: ExchangeSessionPatch): Promise<ExchangeSessionRecord | null>;
  /** False when there was no such session. */
  delete(id: string): Promise<boolean>;
}
