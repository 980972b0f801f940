import type { ActionPlanSnapshot, PlanDiff } from '@weft/model';
import type {
  CsvImportErrorDetail,
  ExportFormatName,
  ImportPlanResponse,
  Language,
  ListPlanVersionsResponse,
  ListVersionsResponse,
  PlanVersionView,
  SignOffResponse,
} from '@weft/protocol';
import { ApiError } from '../../api/ApiError.ts';

/** A refused plan request with the server's `error.details` (a reason, or CSV problems). */
export class PlanApiError extends ApiError {
  override name = 'PlanApiError';
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details: unknown) {
    super(status, code, message);
    this.details = details;
  }

  /** `details.reason` of sign-off refusals (`stale_content`, `not_a_party`, …). */
  get reason(): string | null {
    const d = this.details as { reason?: unknown } | null;
    return typeof d?.reason === 'string' ? d.reason : null;
  }

  /** The problems of a refused CSV import, if that is what this is. */
  get csvProblems(): CsvImportErrorDetail[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is CsvImportErrorDetail =>
        typeof d === 'object' && d !== null && typeof (d as { row?: unknown }).row === 'number',
    );
  }
}

const CSRF = { 'X-Requested-With': 'weft' } as const;
const enc = encodeURIComponent;

async function send(
  method: 'GET' | 'POST',
  path: string,
  init: { body?: BodyInit; type?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') Object.assign(headers, CSRF);
  if (init.type) headers['Content-Type'] = init.type;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, credentials: 'same-origin', body: init.body ?? null });
  } catch {
    throw new PlanApiError(0, 'offline', 'The server could not be reached.', null);
  }
  if (res.ok) return res;
  let error: { code?: unknown; message?: unknown; details?: unknown } = {};
  try {
    const json = (await res.json()) as { error?: typeof error };
    error = json.error ?? {};
  } catch {
    // Not JSON (a proxy's page): the status is all we know.
  }
  throw new PlanApiError(
    res.status,
    typeof error.code === 'string' ? error.code : `http_${res.status}`,
    typeof error.message === 'string' ? error.message : res.statusText,
    error.details ?? null,
  );
}

async function json<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const res = await send(
    method,
    path,
    body === undefined ? {} : { body: JSON.stringify(body), type: 'application/json' },
  );
  return (await res.json()) as T;
}

/** `filename*` (RFC 5987) keeps Vietnamese titles; the plain `filename` is the fallback. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // A malformed escape: use the ASCII name.
    }
  }
  const plain = /filename\s*=\s*"([^"]+)"|filename\s*=\s*([^;]+)/i.exec(disposition);
  return (plain?.[1] ?? plain?.[2] ?? fallback).trim();
}

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

export interface PlanVersionWithContent {
  version: PlanVersionView;
  plan: ActionPlanSnapshot;
}

export interface PlanVersionDiff {
  version: PlanVersionView;
  contentHash: string;
  diff: PlanDiff;
}

/** The action plan endpoints of docs/api.md. */
export const planApi = {
  signOff: (id: string) => json<SignOffResponse>('GET', `/api/documents/${enc(id)}/signoff`),
  propose: (id: string, contentHash: string, parties?: readonly string[]) =>
    json<SignOffResponse>('POST', `/api/documents/${enc(id)}/signoff/propose`, {
      contentHash,
      ...(parties ? { parties } : {}),
    }),
  sign: (id: string, contentHash: string) =>
    json<SignOffResponse>('POST', `/api/documents/${enc(id)}/signoff/sign`, { contentHash }),
  withdraw: (id: string) => json<SignOffResponse>('POST', `/api/documents/${enc(id)}/signoff/withdraw`, {}),
  cancel: (id: string) => json<SignOffResponse>('POST', `/api/documents/${enc(id)}/signoff/cancel`),
  /** Agreed versions only, oldest first, out of the common (newest-first) version list. */
  async versions(id: string): Promise<ListPlanVersionsResponse> {
    const { versions } = await json<ListVersionsResponse>('GET', `/api/documents/${enc(id)}/versions`);
    return { versions: versions.flatMap((v) => (v.agreed ? [v.agreed] : [])).reverse() };
  },
  version: (id: string, versionId: string) =>
    json<PlanVersionWithContent>('GET', `/api/documents/${enc(id)}/versions/${enc(versionId)}`),
  diff: (id: string, versionId: string) =>
    json<PlanVersionDiff>('GET', `/api/documents/${enc(id)}/versions/${enc(versionId)}/diff`),
  /** `lang` is the reader's language for the document's labels, dates and numbers. */
  async exportFile(
    id: string,
    format: ExportFormatName,
    versionId: string | null,
    lang?: Language,
  ): Promise<DownloadedFile> {
    const query = new URLSearchParams({ format });
    if (versionId) query.set('version', versionId);
    if (lang) query.set('lang', lang);
    const res = await send('GET', `/api/documents/${enc(id)}/export?${query}`);
    return {
      blob: await res.blob(),
      fileName: fileNameFrom(res.headers.get('Content-Disposition'), `plan.${format}`),
    };
  },
  async importCsv(id: string, file: Blob): Promise<ImportPlanResponse> {
    const res = await send('POST', `/api/documents/${enc(id)}/import`, {
      body: file,
      type: 'text/csv; charset=utf-8',
    });
    return (await res.json()) as ImportPlanResponse;
  },
};
