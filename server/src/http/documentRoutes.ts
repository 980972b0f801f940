import {
  createDocumentRequestSchema,
  type DocumentResponse,
  type DocumentWithRoleResponse,
  type ListDocumentsResponse,
  renameDocumentRequestSchema,
} from '@weft/protocol';
import { Router } from 'express';
import { documentView } from '../services/apiViews.ts';
import type { DocumentService } from '../services/DocumentService.ts';
import type { TemplateService } from '../services/TemplateService.ts';
import { parseBody } from './parseBody.ts';
import { principalOf } from './principalOf.ts';

/** Document metadata; the content itself syncs over `/yjs/<documentId>`. */
export function documentRoutes(documents: DocumentService, templates?: TemplateService): Router {
  const router = Router();

  router.post('/api/workspaces/:id/documents', async (req, res) => {
    const { userId } = principalOf(res);
    const body = parseBody(createDocumentRequestSchema, req.body);
    // A template's content is written by the template service; without one, a blank document.
    const document = templates
      ? await templates.createDocument(userId, req.params.id, body)
      : await documents.create(userId, req.params.id, body);
    res.status(201).json({ document: documentView(document) } satisfies DocumentResponse);
  });

  router.get('/api/workspaces/:id/documents', async (req, res) => {
    const list = await documents.list(principalOf(res).userId, req.params.id);
    res.json({ documents: list.map(documentView) } satisfies ListDocumentsResponse);
  });

  router.get('/api/documents/:id', async (req, res) => {
    const { document, role } = await documents.get(principalOf(res).userId, req.params.id);
    res.json({ document: documentView(document), role } satisfies DocumentWithRoleResponse);
  });

  router.patch('/api/documents/:id', async (req, res) => {
    const { userId } = principalOf(res);
    const { title } = parseBody(renameDocumentRequestSchema, req.body);
    res.json({
      document: documentView(await documents.rename(userId, req.params.id, title)),
    } satisfies DocumentResponse);
  });

  router.post('/api/documents/:id/archive', async (req, res) => {
    const document = await documents.archive(principalOf(res).userId, req.params.id);
    res.json({ document: documentView(document) } satisfies DocumentResponse);
  });

  return router;
}
