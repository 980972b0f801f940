import { randomBytes } from 'node:crypto';
import {
  type AgendaItem,
  type AgendaItemInput,
  type CreateExchangeSessionRequest,
  Role,
  type UpdateExchangeSessionRequest,
} from '@weft/protocol';
import { sessionToIcs } from '@weft/time';
import type { DocumentMetaStore } from '../storage/DocumentMetaStore.ts';
import type { ExchangeSessionRecord, ExchangeSessionStore } from '../storage/ExchangeSessionStore.ts';
import { conflict, invalid, notFound } from './errors.ts';
import type { WorkspaceService } from './WorkspaceService.ts';

export interface ExchangeSessionServiceOptions {
  sessions: ExchangeSessionStore;
  documents: DocumentMetaStore;
  workspaceService: WorkspaceService;
  now: () => number;
}

/** A session of a workspace was planned, changed or deleted. */
export interface SessionChangeEvent {
  workspaceId: string;
  sessionId: string;
  change: 'created' | 'updated' | 'deleted';
}

// URL-safe, so a session id can stand in a path and in presence's sessionId.
const newId = () => randomBytes(12).toString('base64url');

/** Exchange sessions of a workspace: members read them; facilitators and editors change them. */
export class ExchangeSessionService {
  private readonly listeners = new Set<(event: SessionChangeEvent) => void>();

  constructor(private readonly opts: ExchangeSessionServiceOptions) {}

  /** Session changes, pushed to the workspace as `sessions:changed`; returns a function that unsubscribes. */
  subscribe(listener: (event: SessionChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: SessionChangeEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  async list(actorId: string, workspaceId: string): Promise<ExchangeSessionRecord[]> {
    await this.opts.workspaceService.requireRole(actorId, workspaceId);
    return this.opts.sessions.listByWorkspace(workspaceId);
  }

  async create(
    actorId: string,
    workspaceId: string,
    req: CreateExchangeSessionRequest,
  ): Promise<ExchangeSessionRecord> {
    const { workspace } = await this.opts.workspaceService.requireRole(actorId, workspaceId, Role.editor);
    if (workspace.archived) throw conflict('This workspace is archived');
    const agenda = withIds(req.agenda ?? []);
    const documentIds = await this.checkedDocuments(workspaceId, req.documentIds ?? []);
    checkAgendaFits(agenda, req.durationMinutes);
    const now = this.opts.now();
    const session: ExchangeSessionRecord = {
      id: newId(),
      workspaceId,
      title: req.title,
      startsAt: Date.parse(req.start),
      durationMinutes: req.durationMinutes,
      agenda,
      documentIds,
      videoUrl: req.videoUrl ?? null,
      createdAt: now,
      updatedAt: now,
      createdBy: actorId,
    };
    await this.opts.sessions.create(session);
    this.emit({ workspaceId, sessionId: session.id, change: 'created' });
    return session;
  }

  async get(actorId: string, sessionId: string, atLeast: Role = Role.viewer) {
    const session = await this.opts.sessions.get(sessionId);
    if (!session) throw notFound('No such session');
    const { role, workspace } = await this.opts.workspaceService.requireRole(
      actorId,
      session.workspaceId,
      atLeast,
    );
    return { session, role, workspace };
  }

  async update(
    actorId: string,
    sessionId: string,
    patch: UpdateExchangeSessionRequest,
  ): Promise<ExchangeSessionRecord> {
    const { session, workspace } = await this.get(actorId, sessionId, Role.editor);
    if (workspace.archived) throw conflict('This workspace is archived');
    const agenda = patch.agenda ? withIds(patch.agenda) : undefined;
    const documentIds = patch.documentIds
      ? await this.checkedDocuments(session.workspaceId, patch.documentIds)
      : undefined;
    checkAgendaFits(agenda ?? session.agenda, patch.durationMinutes ?? session.durationMinutes);
    const updated = await this.opts.sessions.update(sessionId, {
      title: patch.title,
      startsAt: patch.start === undefined ? undefined : Date.parse(patch.start),
      durationMinutes: patch.durationMinutes,
      agenda,
      documentIds,
      videoUrl: patch.videoUrl,
      updatedAt: this.opts.now(),
    });
    if (!updated) throw notFound('No such session');
    this.emit({ workspaceId: updated.workspaceId, sessionId, change: 'updated' });
    return updated;
  }

  async delete(actorId: string, sessionId: string): Promise<void> {
    const { session } = await this.get(actorId, sessionId, Role.editor);
    if (!(await this.opts.sessions.delete(sessionId))) throw notFound('No such session');
    this.emit({ workspaceId: session.workspaceId, sessionId, change: 'deleted' });
  }

  /** The session as an iCalendar file; `sessionUrl` points calendar readers back to the live page. */
  async ics(actorId: string, sessionId: string, sessionUrl: (s: ExchangeSessionRecord) => string) {
    const { session } = await this.get(actorId, sessionId);
    const titles = new Map(
      (await this.opts.documents.listByWorkspace(session.workspaceId)).map((d) => [d.id, d.title]),
    );
    const agenda = session.agenda.map(
      (a, i) => `${i + 1}. ${a.title} (${a.minutes} min${a.owner ? `, ${a.owner}` : ''})`,
    );
    const documents = session.documentIds.flatMap((id) => (titles.has(id) ? [`- ${titles.get(id)}`] : []));
    const description = [
      ...(agenda.length > 0 ? ['Agenda:', ...agenda] : []),
      ...(documents.length > 0 ? ['Documents:', ...documents] : []),
      ...(session.videoUrl ? [`Join call: ${session.videoUrl}`] : []),
    ].join('\n');
    const text = sessionToIcs({
      uid: `${session.id}@weft`,
      title: session.title,
      start: new Date(session.startsAt),
      durationMinutes: session.durationMinutes,
      description,
      url: sessionUrl(session),
      ...(session.videoUrl ? { location: session.videoUrl } : {}),
      stamp: new Date(session.updatedAt),
    });
    return { session, text };
  }

  /** Linked documents must exist in the same workspace; duplicates collapse, order is kept. */
  private async checkedDocuments(workspaceId: string, ids: readonly string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const known = new Set(
      (await this.opts.documents.listByWorkspace(workspaceId)).map((document) => document.id),
    );
    const unknown = unique.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw invalid(
        'Linked documents must belong to this workspace',
        unknown.map((id) => ({
          path: `documentIds.${ids.indexOf(id)}`,
          message: `no document ${id} in this workspace`,
        })),
      );
    }
    return unique;
  }
}

function withIds(items: readonly AgendaItemInput[]): AgendaItem[] {
  const seen = new Set<string>();
  return items.map((item) => {
    // A repeated id would make two items indistinguishable to clients; the second gets a new one.
    const id = item.id && !seen.has(item.id) ? item.id : newId();
    seen.add(id);
    return { id, title: item.title, owner: item.owner ?? '', minutes: item.minutes };
  });
}

function checkAgendaFits(agenda: readonly AgendaItem[], durationMinutes: number): void {
  const total = agenda.reduce((sum, item) => sum + item.minutes, 0);
  if (total > durationMinutes) {
    throw invalid(`The agenda takes ${total} minutes but the session lasts ${durationMinutes}`, [
      { path: 'agenda', message: `agenda minutes (${total}) exceed durationMinutes (${durationMinutes})` },
    ]);
  }
}
