import {
  createVersionRequestSchema,
  ErrorCode,
  type ListVersionsResponse,
  minutesQuerySchema,
  type SessionRecordsResponse,
  type VersionResponse,
  versionExportQuerySchema,
} from '@weft/protocol';
import { Router } from 'express';
import type { SessionMinutesService } from '../services/SessionMinutesService.ts';
import type { VersionService } from '../services/VersionService.ts';
import { contentDisposition } from './contentDisposition.ts';
import { HttpError } from './HttpError.ts';
import { parseBody } from './parseBody.ts';
import { principalOf } from './principalOf.ts';

/** Versions of every document and the records of ended exchange sessions (see docs/api.md). */
export function versionRoutes(versions: VersionService, minutes: SessionMinutesService): Router {
  const router = Router();

  router.post('/api/documents/:id/versions', async (req, res) => {
    const { name } = parseBody(createVersionRequestSchema, req.body);
    const version = await versions.create(principalOf(res).userId, req.params.id, name);
    res.status(201).json({ version } satisfies VersionResponse);
  });

  router.get('/api/documents/:id/versions', async (req, res) => {
    res.json({
      versions: await versions.list(principalOf(res).userId, req.params.id),
    } satisfies ListVersionsResponse);
  });

  router.get('/api/documents/:id/versions/:vid/export', async (req, res) => {
    const parsed = versionExportQuerySchema.safeParse(req.query);
    if (!parsed.success) {
      throw new HttpError(400, ErrorCode.validation, 'Query needs format=md|json|pdf|docx|csv|svg|png');
    }
    const file = await versions.export(
      principalOf(res).userId,
      req.params.id,
      req.params.vid,
      parsed.data.format,
    );
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', contentDisposition(file.names.ascii, file.names.unicode));
    res.setHeader('Cache-Control', 'private, no-store');
    res.status(200).end(Buffer.from(file.body.buffer, file.body.byteOffset, file.body.byteLength));
  });

  // The raw Yjs update, so any Yjs client (and the editors' preview) can open the version.
  router.get('/api/documents/:id/versions/:vid/update', async (req, res) => {
    const { state } = await versions.content(principalOf(res).userId, req.params.id, req.params.vid);
    res.setHeader('Content-Type', 'application/octet-stream');
    res.setHeader('Cache-Control', 'private, no-store');
    res.status(200).end(Buffer.from(state.buffer, state.byteOffset, state.byteLength));
  });

  router.post('/api/documents/:id/versions/:vid/restore', async (req, res) => {
    res.json(await versions.restore(principalOf(res).userId, req.params.id, req.params.vid));
  });

  router.post('/api/sessions/:id/end', async (req, res) => {
    res.json(
      (await versions.endSession(principalOf(res).userId, req.params.id)) satisfies SessionRecordsResponse,
    );
  });

  router.get('/api/sessions/:id/records', async (req, res) => {
    res.json(
      (await versions.sessionRecordsOf(
        principalOf(res).userId,
        req.params.id,
      )) satisfies SessionRecordsResponse,
    );
  });

  router.get('/api/sessions/:id/minutes', async (req, res) => {
    const parsed = minutesQuerySchema.safeParse(req.query);
    if (!parsed.success) {
      throw new HttpError(
        400,
        ErrorCode.validation,
        'Query needs format=pdf|docx|md and optionally lang=en|nl|vi',
      );
    }
    const { format, lang } = parsed.data;
    const file = await minutes.minutes(principalOf(res).userId, req.params.id, format, lang);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', contentDisposition(file.names.ascii, file.names.unicode));
    res.setHeader('Cache-Control', 'private, no-store');
    res.status(200).end(Buffer.from(file.body.buffer, file.body.byteOffset, file.body.byteLength));
  });

  return router;
}
