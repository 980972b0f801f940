import { randomBytes } from 'node:crypto';
import { Role } from '@weft/protocol';
import type { FileRecord, FileStore, FileVariant } from '../storage/FileStore.ts';
import { conflict, forbidden, notFound } from './errors.ts';
import { inspectUpload } from './files/inspectUpload.ts';
import type { WorkspaceService } from './WorkspaceService.ts';

export interface FileServiceOptions {
  files: FileStore;
  workspaceService: WorkspaceService;
  now: () => number;
}

// URL-safe, so a file id stands in a path as it is.
const newId = () => randomBytes(16).toString('base64url');

/** Files of a workspace: members read them, editors upload, the uploader or a facilitator deletes. */
export class FileService {
  constructor(private readonly opts: FileServiceOptions) {}

  /** Checked before an upload's body is read, so a refused caller costs no bandwidth. */
  async authorizeUpload(actorId: string, workspaceId: string): Promise<void> {
    const { workspace } = await this.opts.workspaceService.requireRole(actorId, workspaceId, Role.editor);
    if (workspace.archived) throw conflict('This workspace is archived');
  }

  async upload(
    actorId: string,
    workspaceId: string,
    rawName: string,
    bytes: Uint8Array,
  ): Promise<FileRecord> {
    await this.authorizeUpload(actorId, workspaceId);
    const inspected = await inspectUpload(rawName, bytes);
    const record: FileRecord = {
      id: newId(),
      workspaceId,
      name: inspected.name,
      contentType: inspected.contentType,
      bytes: inspected.content.byteLength,
      width: inspected.width,
      height: inspected.height,
      createdAt: this.opts.now(),
      createdBy: actorId,
    };
    await this.opts.files.create(record, inspected.content, inspected.thumb);
    return record;
  }

  async list(actorId: string, workspaceId: string): Promise<FileRecord[]> {
    await this.opts.workspaceService.requireRole(actorId, workspaceId);
    return this.opts.files.listByWorkspace(workspaceId);
  }

  /** The file and its bytes (or its preview); any member of its workspace may read it. */
  async open(
    actorId: string,
    fileId: string,
    variant: FileVariant,
  ): Promise<{ file: FileRecord; content: Uint8Array }> {
    const file = await this.opts.files.get(fileId);
    if (!file) throw notFound('No such file');
    await this.opts.workspaceService.requireRole(actorId, file.workspaceId);
    const content = await this.opts.files.read(fileId, variant);
    if (!content) throw notFound(variant === 'thumb' ? 'This file has no preview' : 'No such file');
    return { file, content };
  }

  async delete(actorId: string, fileId: string): Promise<void> {
    const file = await this.opts.files.get(fileId);
    if (!file) throw notFound('No such file');
    const { role } = await this.opts.workspaceService.requireRole(actorId, file.workspaceId);
    if (file.createdBy !== actorId && role !== Role.facilitator) {
      throw forbidden('Only the person who uploaded a file or a facilitator can delete it');
    }
    await this.opts.files.delete(fileId);
  }
}
