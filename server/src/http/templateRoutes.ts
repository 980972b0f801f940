import {
  ErrorCode,
  type ListTemplatesResponse,
  languageSchema,
  saveAsTemplateRequestSchema,
  type TemplateResponse,
} from '@weft/protocol';
import { Router } from 'express';
import { z } from 'zod';
import type { TemplateService } from '../services/TemplateService.ts';
import { HttpError } from './HttpError.ts';
import { parseBody } from './parseBody.ts';
import { principalOf } from './principalOf.ts';

const listQuerySchema = z.object({ language: languageSchema.optional() });

/** Templates of a workspace (built-in and saved), saving a document as one, and removing one. */
export function templateRoutes(templates: TemplateService): Router {
  const router = Router();

  router.get('/api/workspaces/:id/templates', async (req, res) => {
    const parsed = listQuerySchema.safeParse(req.query);
    if (!parsed.success) {
      throw new HttpError(
        400,
        ErrorCode.validation,
        'Query is invalid: language must be one of en, nl, vi, hi',
        parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      );
    }
    const list = await templates.list(principalOf(res).userId, req.params.id, parsed.data.language);
    res.json({ templates: list } satisfies ListTemplatesResponse);
  });

  router.post('/api/documents/:id/save-as-template', async (req, res) => {
    const { title } = parseBody(saveAsTemplateRequestSchema, req.body);
    const template = await templates.saveDocument(principalOf(res).userId, req.params.id, title);
    res.status(201).json({ template } satisfies TemplateResponse);
  });

  router.delete('/api/templates/:id', async (req, res) => {
    await templates.delete(principalOf(res).userId, req.params.id);
    res.status(204).end();
  });

  return router;
}
