import { type FileResponse, type FileView, INLINE_IMAGE_TYPES, type ListFilesResponse } from '@weft/protocol';
import { type NextFunction, type Request, type Response, Router } from 'express';
import type { FileService } from '../services/FileService.ts';
import type { FileRecord } from '../storage/FileStore.ts';
import { FileVariant } from '../storage/FileStore.ts';
import { contentDisposition } from './contentDisposition.ts';
import { principalOf } from './principalOf.ts';
import { readUpload } from './readUpload.ts';

/** Served files never run as active content, even if a browser were to render one. */
const FILE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

export function fileView(f: FileRecord): FileView {
  return {
    id: f.id,
    workspaceId: f.workspaceId,
    name: f.name,
    contentType: f.contentType,
    bytes: f.bytes,
    ...(f.width !== null ? { width: f.width } : {}),
    ...(f.height !== null ? { height: f.height } : {}),
    createdAt: new Date(f.createdAt).toISOString(),
    createdBy: f.createdBy,
    url: `/api/files/${encodeURIComponent(f.id)}`,
  };
}

/** Upload, list, download and delete the files of a workspace. */
export function fileRoutes(files: FileService, maxUploadBytes: number): Router {
  const router = Router();

  router.post('/api/workspaces/:id/files', async (req, res, next) => {
    try {
      const { userId } = principalOf(res);
      await files.authorizeUpload(userId, req.params.id);
      const upload = await readUpload(req, maxUploadBytes);
      const file = await files.upload(userId, req.params.id, upload.name, upload.bytes);
      res.status(201).json({ file: fileView(file) } satisfies FileResponse);
    } catch (err) {
      closeUnreadBody(req, res, next, err);
    }
  });

  router.get('/api/workspaces/:id/files', async (req, res) => {
    const list = await files.list(principalOf(res).userId, req.params.id);
    res.json({ files: list.map(fileView) } satisfies ListFilesResponse);
  });

  router.get('/api/files/:id', async (req, res) => {
    const variant = req.query.thumb === '1' ? FileVariant.thumb : FileVariant.original;
    const { file, content } = await files.open(principalOf(res).userId, req.params.id, variant);
    const inline = variant === FileVariant.thumb || INLINE_IMAGE_TYPES.includes(file.contentType);
    const disposition = contentDisposition(file.name, file.name);
    res
      .status(200)
      .set({
        'Content-Type': variant === FileVariant.thumb ? 'image/webp' : file.contentType,
        'Content-Length': String(content.byteLength),
        'X-Content-Type-Options': 'nosniff',
        // Only raster images show inline; SVG, HTML-like text and everything else download.
        'Content-Disposition': inline ? disposition.replace(/^attachment/, 'inline') : disposition,
        'Content-Security-Policy': FILE_CSP,
        // A file's bytes never change under its id; members only, so private caches only.
        'Cache-Control': 'private, max-age=86400, immutable',
      })
      .end(Buffer.from(content.buffer, content.byteOffset, content.byteLength));
  });

  router.delete('/api/files/:id', async (req, res) => {
    await files.delete(principalOf(res).userId, req.params.id);
    res.status(204).end();
  });

  return router;
}

// An answer sent before the body is read closes the connection, so the rest is never received.
function closeUnreadBody(req: Request, res: Response, next: NextFunction, err: unknown): void {
  if (!req.complete) res.set('Connection', 'close');
  next(err);
}
