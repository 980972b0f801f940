import type { FileView } from '@weft/protocol';
import { apiRequest } from '../api/apiRequest.ts';
import { prepareImage } from './prepareImage.ts';

export type { FileView };

const enc = encodeURIComponent;
// FILE_UPLOAD_FIELD of @weft/protocol, written out: importing a value from there pulls zod into
// the comments chunk of the notes route.
const UPLOAD_FIELD = 'file';

/** The files endpoints of the REST API (docs/api.md, Files). */
export const filesApi = {
  /** Photos are made smaller first on weak connections (prepareImage). */
  async upload(workspaceId: string, file: Blob, name: string): Promise<{ file: FileView }> {
    const form = new FormData();
    form.append(UPLOAD_FIELD, await prepareImage(file), name);
    return apiRequest<{ file: FileView }>('POST', `/api/workspaces/${enc(workspaceId)}/files`, form);
  },
  list: (workspaceId: string) =>
    apiRequest<{ files: FileView[] }>('GET', `/api/workspaces/${enc(workspaceId)}/files`),
  remove: (fileId: string) => apiRequest<void>('DELETE', `/api/files/${enc(fileId)}`),
};

/** Where a file's bytes are served; `thumb` asks for the small preview images have. */
export function fileUrl(fileId: string, thumb = false): string {
  return `/api/files/${enc(fileId)}${thumb ? '?thumb=1' : ''}`;
}

export function isImageFile(file: { type: string }): boolean {
  return /^image\/(jpeg|png|webp|gif)$/.test(file.type);
}

/** 1 234 567 → "1.2 MB", in the reader's language's number format. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
