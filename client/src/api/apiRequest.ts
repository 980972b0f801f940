import { ApiError } from './ApiError.ts';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

// The server refuses state-changing cookie requests without it (CSRF rule of the API).
const CSRF_HEADER = { 'X-Requested-With': 'weft' } as const;

/** Calls the Weft REST API on the same origin and returns the parsed JSON body. */
export async function apiRequest<T>(method: HttpMethod, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') Object.assign(headers, CSRF_HEADER);
  // FormData (a file upload) sets its own multipart Content-Type with the boundary.
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : isForm ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'offline', 'The server could not be reached.');
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const json: unknown = text ? safeParse(text) : undefined;
  if (!res.ok) {
    const { code, message } = readError(json);
    throw new ApiError(res.status, code ?? `http_${res.status}`, message ?? res.statusText);
  }
  return json as T;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function readError(json: unknown): { code?: string; message?: string } {
  if (typeof json !== 'object' || json === null || !('error' in json)) return {};
  const error = (json as { error: unknown }).error;
  if (typeof error !== 'object' || error === null) return {};
  const { code, message } = error as { code?: unknown; message?: unknown };
  return {
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof message === 'string' ? { message } : {}),
  };
}
