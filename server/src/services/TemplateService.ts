import { randomBytes } from 'node:crypto';
import {
  BUILT_IN_TEMPLATE_PREFIX,
  type CreateDocumentRequest,
  type Language,
  Role,
  type Template,
} from '@weft/protocol';
import * as Y from 'yjs';
import type { DocumentMetaRecord } from '../storage/DocumentMetaStore.ts';
import type { TemplateRecord, TemplateStore } from '../storage/TemplateStore.ts';
import type { AccountService } from './AccountService.ts';
import type { DocumentService } from './DocumentService.ts';
import { invalid, notFound } from './errors.ts';
import type { LiveDocuments } from './LiveDocuments.ts';
import { BUILT_IN_TEMPLATES, findBuiltInTemplate, templateLanguage } from './templates/builtInTemplates.ts';
import type { WorkspaceService } from './WorkspaceService.ts';

export interface TemplateServiceOptions {
  store: TemplateStore;
  documents: DocumentService;
  workspaces: WorkspaceService;
  accounts: AccountService;
  /** New documents receive their template's content through the live document, as an edit would. */
  live: LiveDocuments;
  now: () => number;
}

/** Built-in and workspace templates, and new documents that start from one. */
export class TemplateService {
  constructor(private readonly opts: TemplateServiceOptions) {}

  /** Built-in templates in `language` (else the caller's), then the workspace's own, oldest first. */
  async list(actorId: string, workspaceId: string, language?: Language): Promise<Template[]> {
    await this.opts.workspaces.requireRole(actorId, workspaceId);
    const l = templateLanguage(language ?? (await this.opts.accounts.getUser(actorId)).language);
    const builtIn = BUILT_IN_TEMPLATES.map(
      (t): Template => ({ id: t.id, type: t.type, title: t.title(l), builtIn: true, language: l }),
    );
    const own = await this.opts.store.listByWorkspace(workspaceId);
    return [...builtIn, ...own.map(templateView)];
  }

  /** Like `DocumentService.create`, with the template's content written before anyone opens it. */
  async createDocument(
    actorId: string,
    workspaceId: string,
    req: CreateDocumentRequest,
  ): Promise<DocumentMetaRecord> {
    if (!req.templateId) return this.opts.documents.create(actorId, workspaceId, req);
    await this.opts.workspaces.requireRole(actorId, workspaceId, Role.editor);
    const content = await this.content(actorId, workspaceId, req);
    const document = await this.opts.documents.create(actorId, workspaceId, req);
    await this.opts.live.transact(document.id, (doc) => Y.applyUpdate(doc, content));
    return document;
  }

  async saveDocument(actorId: string, documentId: string, title: string): Promise<Template> {
    const { document } = await this.opts.documents.get(actorId, documentId, Role.facilitator);
    const live = await this.opts.live.open(documentId);
    const record: TemplateRecord = {
      // 128 random bits, URL-safe, like document ids.
      id: randomBytes(16).toString('base64url'),
      workspaceId: document.workspaceId,
      type: document.type,
      title,
      state: Y.encodeStateAsUpdate(live),
      createdAt: this.opts.now(),
      createdBy: actorId,
    };
    await this.opts.store.create(record);
    return templateView(record);
  }

  async delete(actorId: string, templateId: string): Promise<void> {
    if (templateId.startsWith(BUILT_IN_TEMPLATE_PREFIX))
      throw invalid('Built-in templates cannot be deleted');
    const template = await this.opts.store.get(templateId);
    if (!template) throw notFound('No such template');
    await this.opts.workspaces.requireRole(actorId, template.workspaceId, Role.facilitator);
    await this.opts.store.delete(templateId);
  }

  private async content(actorId: string, workspaceId: string, req: CreateDocumentRequest) {
    const id = req.templateId as string;
    const builtIn = findBuiltInTemplate(id);
    const template = builtIn ? null : await this.opts.store.get(id);
    // Another workspace's template reads as unknown: its existence is not this caller's business.
    if (!builtIn && template?.workspaceId !== workspaceId) throw notFound('No such template');
    const type = builtIn?.type ?? template?.type;
    if (type !== req.type)
      throw invalid(`Template ${id} makes a ${type} document, not a ${req.type}`, [
        { path: 'templateId', message: `expected a ${req.type} template` },
      ]);
    if (template) return template.state;
    const language = req.language ?? (await this.opts.accounts.getUser(actorId)).language;
    return (builtIn as NonNullable<typeof builtIn>).build(templateLanguage(language));
  }
}

function templateView(t: Omit<TemplateRecord, 'state'>): Template {
  return { id: t.id, type: t.type, title: t.title, builtIn: false };
}
