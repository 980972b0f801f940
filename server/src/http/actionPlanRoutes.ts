import {
  ErrorCode,
  exportQuerySchema,
  Language,
  proposePlanRequestSchema,
  signPlanRequestSchema,
  withdrawSignatureRequestSchema,
} from '@weft/protocol';
import express, { type NextFunction, type Request, type Response, Router } from 'express';
import type { ActionPlanService } from '../services/ActionPlanService.ts';
import { contentDisposition } from './contentDisposition.ts';
import { HttpError } from './HttpError.ts';
import { parseBody } from './parseBody.ts';
import { principalOf } from './principalOf.ts';

export interface ActionPlanRoutesOptions {
  /** Largest CSV accepted by the import, in bytes. */
  importLimitBytes?: number;
}

const DEFAULT_IMPORT_LIMIT = 2 * 1024 * 1024;
const EXPORT_LANGUAGES = Object.values(Language);

/** Export, CSV import, sign-off and agreed versions of action plans (see docs/api.md). */
export function actionPlanRoutes(plans: ActionPlanService, options: ActionPlanRoutesOptions = {}): Router {
  const router = Router();

  router.get('/api/documents/:id/export', async (req, res) => {
    const { userId } = principalOf(res);
    const parsed = exportQuerySchema.safeParse(req.query);
    if (!parsed.success) {
      const badLang = parsed.error.issues.some((i) => i.path[0] === 'lang');
      throw new HttpError(
        400,
        ErrorCode.validation,
        badLang
          ? `lang must be one of ${EXPORT_LANGUAGES.join(', ')}`
          : 'Query needs format=pdf|docx|md|csv|json and optionally version=<id> and lang=en|nl|vi|hi',
        parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      );
    }
    const file = await plans.exportPlan(userId, req.params.id, parsed.data.format, {
      versionId: parsed.data.version,
      lang: parsed.data.lang,
      acceptLanguage: req.get('accept-language'),
    });
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', contentDisposition(file.names.ascii, file.names.unicode));
    // Plans are private; no shared cache may keep a copy.
    res.setHeader('Cache-Control', 'private, no-store');
    res.status(200).end(Buffer.from(file.body.buffer, file.body.byteOffset, file.body.byteLength));
  });

  // Authorise and check the media type before reading up to 2 MB of body.
  const beforeImport = async (req: Request, res: Response, next: NextFunction) => {
    await plans.assertCanImport(principalOf(res).userId, String(req.params.id));
    if (!req.is('text/csv')) {
      throw new HttpError(415, ErrorCode.unsupportedMediaType, 'Send the CSV with Content-Type: text/csv');
    }
    const charset = /charset=([^;]+)/i
      .exec(req.get('content-type') ?? '')?.[1]
      ?.trim()
      .replace(/"/g, '');
    if (charset && !/^utf-?8$/i.test(charset)) {
      throw new HttpError(415, ErrorCode.unsupportedMediaType, 'Send the CSV as UTF-8 (charset=utf-8)');
    }
    next();
  };
  // Raw bytes, not express.text: the importer rejects invalid UTF-8 instead of guessing characters.
  const readCsv = express.raw({ type: 'text/csv', limit: options.importLimitBytes ?? DEFAULT_IMPORT_LIMIT });

  router.post('/api/documents/:id/import', beforeImport, readCsv, async (req, res) => {
    const body: unknown = req.body;
    const bytes = Buffer.isBuffer(body) ? new Uint8Array(body) : new Uint8Array();
    res.json(await plans.importCsv(principalOf(res).userId, String(req.params.id), bytes));
  });

  router.get('/api/documents/:id/signoff', async (req, res) => {
    res.json(await plans.signOff(principalOf(res).userId, req.params.id));
  });

  router.post('/api/documents/:id/signoff/propose', async (req, res) => {
    const body = parseBody(proposePlanRequestSchema, req.body ?? {});
    res.json(await plans.propose(principalOf(res).userId, req.params.id, body));
  });

  router.post('/api/documents/:id/signoff/sign', async (req, res) => {
    const body = parseBody(signPlanRequestSchema, req.body);
    res.json(await plans.sign(principalOf(res).userId, req.params.id, body));
  });

  router.post('/api/documents/:id/signoff/withdraw', async (req, res) => {
    const body = parseBody(withdrawSignatureRequestSchema, req.body ?? {});
    res.json(await plans.withdraw(principalOf(res).userId, req.params.id, body));
  });

  router.post('/api/documents/:id/signoff/cancel', async (req, res) => {
    res.json(await plans.cancel(principalOf(res).userId, req.params.id));
  });

  router.get('/api/documents/:id/versions/:vid', async (req, res) => {
    res.json(await plans.version(principalOf(res).userId, req.params.id, req.params.vid));
  });

  router.get('/api/documents/:id/versions/:vid/diff', async (req, res) => {
    res.json(await plans.diff(principalOf(res).userId, req.params.id, req.params.vid));
  });

  return router;
}
