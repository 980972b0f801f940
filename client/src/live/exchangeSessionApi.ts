import type {
  CreateExchangeSessionRequest,
  ExchangeSession,
  Role,
  SessionRecordsResponse,
  UpdateExchangeSessionRequest,
} from '@weft/protocol';
import { apiRequest } from '../api/apiRequest.ts';

const enc = encodeURIComponent;

/** REST calls of exchange sessions (kept out of weftApi so they load with the pages that use them). */
export const exchangeSessionApi = {
  list: (workspaceId: string) =>
    apiRequest<{ sessions: ExchangeSession[] }>('GET', `/api/workspaces/${enc(workspaceId)}/sessions`),
  create: (workspaceId: string, input: CreateExchangeSessionRequest) =>
    apiRequest<{ session: ExchangeSession }>('POST', `/api/workspaces/${enc(workspaceId)}/sessions`, input),
  get: (id: string) =>
    apiRequest<{ session: ExchangeSession; role: Role }>('GET', `/api/sessions/${enc(id)}`),
  update: (id: string, patch: UpdateExchangeSessionRequest) =>
    apiRequest<{ session: ExchangeSession }>('PATCH', `/api/sessions/${enc(id)}`, patch),
  remove: (id: string) => apiRequest<void>('DELETE', `/api/sessions/${enc(id)}`),
  icsUrl: (id: string) => `/api/sessions/${enc(id)}/ics`,
  records: (id: string) => apiRequest<SessionRecordsResponse>('GET', `/api/sessions/${enc(id)}/records`),
  minutesUrl: (id: string, format: 'pdf' | 'docx' | 'md', lang: string) =>
    `/api/sessions/${enc(id)}/minutes?format=${format}&lang=${enc(lang)}`,
  end: (id: string) => apiRequest<SessionRecordsResponse>('POST', `/api/sessions/${enc(id)}/end`),
};
