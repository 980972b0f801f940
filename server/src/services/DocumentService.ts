import { randomBytes } from 'node:crypto';
import { ActivityType, type CreateDocumentRequest, canEditDocuments, ErrorCode, Role } from '@weft/protocol';
import { HttpError } from '../http/HttpError.ts';
import type { DocumentMetaRecord, DocumentMetaStore } from '../storage/DocumentMetaStore.ts';
import type { ActivityRecorder } from './ActivityService.ts';
import type { WorkspaceService } from './WorkspaceService.ts';

export interface DocumentServiceOptions {
  documents: DocumentMetaStore;
  workspaceService: WorkspaceService;
  now: () => number;
  /** Told about new documents for the workspace's "since your last visit" feed. */
  activity?: ActivityRecorder;
}

/** Outcome of checking who may open a document on the sync endpoint. */
export type SyncAccess =
  | { ok: true; workspaceId: string; role: Role; canWrite: boolean }
  | { ok: false; status: 403 | 404; message: string };

/** Document metadata and who may read or change each document. */
export class DocumentService {
  constructor(private readonly opts: DocumentServiceOptions) {}

  async create(
    actorId: string,
    workspaceId: string,
    req: CreateDocumentRequest,
  ): Promise<DocumentMetaRecord> {
    const { workspace } = await this.opts.workspaceService.requireRole(actorId, workspaceId, Role.editor);
    if (workspace.archived) throw new HttpError(409, ErrorCode.conflict, 'This workspace is archived');
    const now = this.opts.now();
    const doc: DocumentMetaRecord = {
      // 128 random bits, URL-safe, so the id stands in /yjs/<documentId> as is.
      id: randomBytes(16).toString('base64url'),
      workspaceId,
      type: req.type,
      title: req.title,
      archived: false,
      createdAt: now,
      updatedAt: now,
      createdBy: actorId,
    };
    await this.opts.documents.create(doc);
    await this.opts.activity?.record({
      workspaceId,
      type: ActivityType.documentCreated,
      actorId,
      documentId: doc.id,
      summary: doc.title,
    });
    return doc;
  }

  async list(actorId: string, workspaceId: string): Promise<DocumentMetaRecord[]> {
    await this.opts.workspaceService.requireRole(actorId, workspaceId);
    return this.opts.documents.listByWorkspace(workspaceId);
  }

  /** A document of an archived workspace reads as archived: read-only like the workspace. */
  async get(actorId: string, documentId: string, atLeast: Role = Role.viewer) {
    const document = await this.opts.documents.get(documentId);
    if (!document) throw HttpError.notFound('No such document');
    const { role, workspace } = await this.opts.workspaceService.requireRole(
      actorId,
      document.workspaceId,
      atLeast,
    );
    return { document: workspace.archived ? { ...document, archived: true } : document, role };
  }

  async rename(actorId: string, documentId: string, title: string): Promise<DocumentMetaRecord> {
    const { document } = await this.get(actorId, documentId, Role.editor);
    if (document.archived) throw new HttpError(409, ErrorCode.conflict, 'This document is archived');
    return this.updated(await this.opts.documents.update(documentId, { title, updatedAt: this.opts.now() }));
  }

  async archive(actorId: string, documentId: string): Promise<DocumentMetaRecord> {
    await this.get(actorId, documentId, Role.editor);
    return this.updated(
      await this.opts.documents.update(documentId, { archived: true, updatedAt: this.opts.now() }),
    );
  }

  /** Archived documents, and every document of an archived workspace, stay readable but take no updates. */
  async syncAccess(userId: string, documentId: string): Promise<SyncAccess> {
    const document = await this.opts.documents.get(documentId);
    if (!document) return { ok: false, status: 404, message: 'no such document' };
    const role = await this.opts.workspaceService.roleOf(userId, document.workspaceId);
    if (!role) return { ok: false, status: 403, message: 'not a member of this workspace' };
    const { workspace } = await this.opts.workspaceService.requireRole(userId, document.workspaceId);
    return {
      ok: true,
      workspaceId: document.workspaceId,
      role,
      canWrite: canEditDocuments(role) && !document.archived && !workspace.archived,
    };
  }

  private updated(doc: DocumentMetaRecord | null): DocumentMetaRecord {
    if (!doc) throw HttpError.notFound('No such document');
    return doc;
  }
}
