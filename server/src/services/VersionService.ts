import { randomBytes } from 'node:crypto';
import {
  type RestoreVersionResponse,
  Role,
  type SessionRecordsResponse,
  type Version,
  type VersionExportFormat,
} from '@weft/protocol';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import type { DocumentMetaRecord } from '../storage/DocumentMetaStore.ts';
import type {
  DocumentVersionRecord,
  DocumentVersionStore,
  DocumentVersionSummary,
} from '../storage/DocumentVersionStore.ts';
import type { PlanVersionStore } from '../storage/PlanVersionStore.ts';
import type { AccountService } from './AccountService.ts';
import type { PlanExporter } from './actionPlan/createExportPool.ts';
import { KeyedMutex } from './actionPlan/KeyedMutex.ts';
import type { DocumentService } from './DocumentService.ts';
import type { ExchangeSessionService } from './ExchangeSessionService.ts';
import { conflict, notFound } from './errors.ts';
import type { LiveDocuments } from './LiveDocuments.ts';
import { renderVersion, type VersionFile } from './versions/renderVersion.ts';
import { revertUpdate } from './versions/revertUpdate.ts';
import { thinAutoVersions } from './versions/thinAutoVersions.ts';
import { agreedVersionView, documentVersionView } from './versions/versionViews.ts';

export interface VersionServiceOptions {
  documents: DocumentService;
  accounts: AccountService;
  sessions: ExchangeSessionService;
  store: DocumentVersionStore;
  planVersions: PlanVersionStore;
  live: LiveDocuments;
  exporter: PlanExporter;
  logger: Logger;
  now: () => number;
  /** Automatic versions: after `quietMs` without edits, at most one per `intervalMs`. */
  auto: { quietMs: number; intervalMs: number };
}

interface Content {
  document: DocumentMetaRecord;
  version: Version;
  state: Uint8Array;
}

const newId = () => randomBytes(12).toString('base64url');

/**
 * Versions of every document: named ones, automatic ones after a burst of editing, records of
 * exchange sessions, and agreed plan versions (kept by the sign-off, listed here too). Restoring
 * writes the old content as a new change on the live document, after keeping the current state.
 */
export class VersionService {
  private readonly locks = new KeyedMutex();
  private readonly quietTimers = new Map<string, NodeJS.Timeout>();
  private readonly autoRunning = new Map<string, Promise<void>>();
  private closed = false;

  constructor(private readonly opts: VersionServiceOptions) {}

  async list(userId: string, documentId: string): Promise<Version[]> {
    const { document } = await this.opts.documents.get(userId, documentId);
    const [own, agreed] = await Promise.all([
      this.opts.store.list(documentId),
      document.type === 'actionPlan' ? this.opts.planVersions.listVersions(documentId) : [],
    ]);
    const names = await this.namesOf(own);
    return [...own.map((v) => documentVersionView(v, names)), ...agreed.map(agreedVersionView)].sort(
      (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt),
    );
  }

  async create(userId: string, documentId: string, name: string): Promise<Version> {
    await this.editable(userId, documentId);
    const summary = await this.take(documentId, { name, kind: 'named', createdBy: userId });
    return documentVersionView(summary, await this.namesOf([summary]));
  }

  /** The version's Yjs state, e.g. for a read-only preview in the editor. */
  async content(userId: string, documentId: string, versionId: string): Promise<Content> {
    const { document } = await this.opts.documents.get(userId, documentId);
    const own = await this.opts.store.get(documentId, versionId);
    if (own) {
      const { state, ...summary } = own;
      const names = await this.namesOf([own]);
      return {
        document,
        state,
        version: documentVersionView({ ...summary, stateBytes: state.byteLength }, names),
      };
    }
    if (document.type === 'actionPlan') {
      const agreed = await this.opts.planVersions.getVersion(documentId, versionId);
      if (agreed) return { document, state: agreed.state, version: agreedVersionView(agreed) };
    }
    throw notFound('No such version of this document');
  }

  async export(
    userId: string,
    documentId: string,
    versionId: string,
    format: VersionExportFormat,
  ): Promise<VersionFile> {
    const { document, version, state } = await this.content(userId, documentId, versionId);
    return renderVersion({ document, version, state, format, exporter: this.opts.exporter });
  }

  /**
   * Makes the document's content the version's, as a new change every connected client receives;
   * the state before is kept first as an automatic version named after what is restored.
   */
  async restore(userId: string, documentId: string, versionId: string): Promise<RestoreVersionResponse> {
    const { document } = await this.editable(userId, documentId);
    const { version, state } = await this.content(userId, documentId, versionId);
    return this.locks.run(documentId, async () => {
      const kept = await this.take(documentId, {
        name: `Before restoring “${version.name}”`,
        kind: 'auto',
        createdBy: userId,
      });
      await this.opts.live.transact(documentId, (doc) => {
        // No await between reading the live state and applying the change computed from it.
        const update = revertUpdate(document.type, Y.encodeStateAsUpdate(doc), state);
        Y.applyUpdate(doc, update, 'restore');
      });
      this.opts.logger.info({ documentId, versionId, kept: kept.id }, 'version restored');
      return { version, kept: documentVersionView(kept, await this.namesOf([kept])) };
    });
  }

  /** Told after each durable local edit: an automatic version follows once editing goes quiet. */
  noteEdited(documentId: string): void {
    if (this.closed) return;
    clearTimeout(this.quietTimers.get(documentId));
    const timer = setTimeout(() => {
      this.quietTimers.delete(documentId);
      const run = this.takeAuto(documentId)
        .catch((err: unknown) => this.opts.logger.warn({ err, documentId }, 'automatic version failed'))
        .finally(() => this.autoRunning.delete(documentId));
      this.autoRunning.set(documentId, run);
    }, this.opts.auto.quietMs);
    timer.unref();
    this.quietTimers.set(documentId, timer);
  }

  /** Marks the session ended and records each linked document as a `session` version, once. */
  async endSession(userId: string, sessionId: string): Promise<SessionRecordsResponse> {
    const { session } = await this.opts.sessions.get(userId, sessionId, Role.editor);
    const ended = await this.opts.store.endSession({ sessionId, endedAt: this.opts.now(), endedBy: userId });
    if (!ended) throw conflict('This session has already ended');
    for (const documentId of session.documentIds) {
      try {
        await this.take(documentId, { name: session.title, kind: 'session', createdBy: userId }, sessionId);
      } catch (err) {
        // A document deleted since it was linked has nothing to record; the others still are.
        this.opts.logger.warn({ err, documentId, sessionId }, 'session record failed');
      }
    }
    this.opts.logger.info({ sessionId, documents: session.documentIds.length }, 'exchange session ended');
    return this.sessionRecords(sessionId);
  }

  /** Whether the session has ended and the versions recorded then. */
  async sessionRecordsOf(userId: string, sessionId: string): Promise<SessionRecordsResponse> {
    await this.opts.sessions.get(userId, sessionId);
    return this.sessionRecords(sessionId);
  }

  private async sessionRecords(sessionId: string): Promise<SessionRecordsResponse> {
    const [end, records] = await Promise.all([
      this.opts.store.sessionEnd(sessionId),
      this.opts.store.listBySession(sessionId),
    ]);
    const names = await this.namesOf([...records, ...(end ? [{ createdBy: end.endedBy }] : [])]);
    return {
      sessionId,
      endedAt: end ? new Date(end.endedAt).toISOString() : null,
      endedBy: end?.endedBy ?? null,
      records: records.map((r) => documentVersionView(r, names)),
    };
  }

  /**
   * Attendance for the minutes: a member joined or left the live page of a session. Only members
   * of the session's workspace, and only until the session has ended.
   */
  notePresence(event: { type: 'join' | 'leave'; sessionId: string; userId: string; name: string }): void {
    const record = async () => {
      await this.opts.sessions.get(event.userId, event.sessionId);
      if (await this.opts.store.sessionEnd(event.sessionId)) return;
      const at = this.opts.now();
      if (event.type === 'join')
        await this.opts.store.recordJoin(event.sessionId, event.userId, event.name, at);
      else await this.opts.store.recordLeave(event.sessionId, event.userId, at);
    };
    record().catch((err: unknown) => this.opts.logger.debug({ err, ...event }, 'attendance not recorded'));
  }

  /** Stops pending automatic versions (server shutdown) and waits for running ones. */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.quietTimers.values()) clearTimeout(timer);
    this.quietTimers.clear();
    await Promise.allSettled([...this.autoRunning.values()]);
  }

  private async takeAuto(documentId: string): Promise<void> {
    const now = this.opts.now();
    const latest = await this.opts.store.latest(documentId, 'auto');
    const wait = latest ? latest.createdAt + this.opts.auto.intervalMs - now : 0;
    if (wait > 0) {
      // Too soon after the last one: try again when the interval is over.
      const timer = setTimeout(() => this.noteEdited(documentId), Math.max(0, wait - this.opts.auto.quietMs));
      timer.unref();
      this.quietTimers.set(documentId, timer);
      return;
    }
    await this.locks.run(documentId, async () => {
      await this.take(documentId, {
        name: `Automatic — ${new Date(now).toISOString().slice(0, 16).replace('T', ' ')} UTC`,
        kind: 'auto',
        createdBy: null,
      });
      const autos = (await this.opts.store.list(documentId)).filter(
        (v) => v.kind === 'auto' && v.createdBy === null,
      );
      const removed = await this.opts.store.removeAuto(documentId, thinAutoVersions(autos, now));
      if (removed > 0) this.opts.logger.debug({ documentId, removed }, 'automatic versions thinned');
    });
  }

  private async take(
    documentId: string,
    v: Pick<DocumentVersionRecord, 'name' | 'kind' | 'createdBy'>,
    sessionId: string | null = null,
  ): Promise<DocumentVersionSummary> {
    // Only what is durable is versioned, so a version never holds an edit storage may lose.
    await this.opts.live.durable(documentId);
    const doc = await this.opts.live.open(documentId);
    return this.opts.store.add({
      id: newId(),
      documentId,
      name: v.name,
      kind: v.kind,
      createdAt: this.opts.now(),
      createdBy: v.createdBy,
      sessionId,
      state: Y.encodeStateAsUpdate(doc),
    });
  }

  private async editable(userId: string, documentId: string) {
    const access = await this.opts.documents.get(userId, documentId, Role.editor);
    if (access.document.archived) throw conflict('This document is archived');
    return access;
  }

  private async namesOf(versions: readonly { createdBy: string | null }[]): Promise<Map<string, string>> {
    const ids = [...new Set(versions.flatMap((v) => (v.createdBy ? [v.createdBy] : [])))];
    const names = new Map<string, string>();
    await Promise.all(
      ids.map(async (id) => {
        const user = await this.opts.accounts.getUser(id).catch(() => null);
        if (user) names.set(id, user.displayName);
      }),
    );
    return names;
  }
}
