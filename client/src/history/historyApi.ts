import type { ListVersionsResponse, RestoreVersionResponse, Version, VersionResponse } from '@weft/protocol';
import { ApiError } from '../api/ApiError.ts';
import { apiRequest } from '../api/apiRequest.ts';

const enc = encodeURIComponent;
const base = (documentId: string) => `/api/documents/${enc(documentId)}/versions`;

/** The version endpoints of docs/api.md § Versions. */
export const historyApi = {
  list: (documentId: string) => apiRequest<ListVersionsResponse>('GET', base(documentId)),
  create: (documentId: string, name: string) =>
    apiRequest<VersionResponse>('POST', base(documentId), { name }),
  restore: (documentId: string, versionId: string) =>
    apiRequest<RestoreVersionResponse>('POST', `${base(documentId)}/${enc(versionId)}/restore`),
  exportUrl: (documentId: string, versionId: string, format: string) =>
    `${base(documentId)}/${enc(versionId)}/export?format=${enc(format)}`,
  /** The version's Yjs state, to open read-only in the editor's own preview. */
  async state(documentId: string, version: Version): Promise<Uint8Array> {
    let res: Response;
    try {
      res = await fetch(`${base(documentId)}/${enc(version.id)}/update`, { credentials: 'same-origin' });
    } catch {
      throw new ApiError(0, 'offline', 'The server could not be reached.');
    }
    if (!res.ok) throw new ApiError(res.status, `http_${res.status}`, res.statusText);
    return new Uint8Array(await res.arrayBuffer());
  },
};
