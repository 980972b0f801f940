import { ErrorCode, FILE_UPLOAD_FIELD } from '@weft/protocol';
import busboy from 'busboy';
import type { Request } from 'express';
import { HttpError } from './HttpError.ts';

export interface Upload {
  name: string;
  bytes: Uint8Array;
}

// Room for the multipart boundaries and headers around the file itself.
const ENVELOPE_BYTES = 64 * 1024;

const tooLarge = (maxBytes: number) =>
  new HttpError(413, ErrorCode.payloadTooLarge, `Files may be at most ${maxBytes} bytes`);

/**
 * Streams the one file of a `multipart/form-data` request (field `file`) into memory, refusing it
 * with 413 as soon as it passes `maxBytes`: the rest is never read.
 */
export function readUpload(req: Request, maxBytes: number): Promise<Upload> {
  if (!req.is('multipart/form-data')) {
    throw new HttpError(
      415,
      ErrorCode.unsupportedMediaType,
      `Send the file as multipart/form-data in the field "${FILE_UPLOAD_FIELD}"`,
    );
  }
  const declared = Number(req.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes + ENVELOPE_BYTES) throw tooLarge(maxBytes);
  return new Promise((resolve, reject) => {
    let settled = false;
    let upload: Upload | null = null;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      reject(err);
    };
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { fileSize: maxBytes, files: 1, fields: 10, parts: 12 },
      });
    } catch {
      throw new HttpError(400, ErrorCode.badRequest, 'The multipart body cannot be read');
    }
    parser.on('file', (field, stream, info) => {
      if (field !== FILE_UPLOAD_FIELD) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => fail(tooLarge(maxBytes)));
      stream.on('end', () => {
        if (!settled) upload = { name: info.filename ?? '', bytes: new Uint8Array(Buffer.concat(chunks)) };
      });
    });
    parser.on('error', () =>
      fail(new HttpError(400, ErrorCode.badRequest, 'The multipart body cannot be read')),
    );
    parser.on('close', () => {
      if (settled) return;
      settled = true;
      if (upload) resolve(upload);
      else reject(new HttpError(400, ErrorCode.validation, `No file in the field "${FILE_UPLOAD_FIELD}"`));
    });
    req.on('aborted', () => fail(new HttpError(400, ErrorCode.badRequest, 'The upload was interrupted')));
    req.pipe(parser);
  });
}
