import type { CreateVoteRequest, ListVotesResponse, VoteResponse } from '@weft/protocol';
import { apiRequest } from '../../../api/apiRequest.ts';

const enc = encodeURIComponent;

/** The dot-vote endpoints (docs/voting.md). */
export const votesApi = {
  list: (documentId: string) =>
    apiRequest<ListVotesResponse>('GET', `/api/documents/${enc(documentId)}/votes`),
  create: (documentId: string, body: CreateVoteRequest) =>
    apiRequest<VoteResponse>('POST', `/api/documents/${enc(documentId)}/votes`, body),
  get: (voteId: string) => apiRequest<VoteResponse>('GET', `/api/votes/${enc(voteId)}`),
  cast: (voteId: string, targetId: string) =>
    apiRequest<VoteResponse>('POST', `/api/votes/${enc(voteId)}/dots`, { targetId }),
  takeBack: (voteId: string, targetId: string) =>
    apiRequest<VoteResponse>('DELETE', `/api/votes/${enc(voteId)}/dots`, { targetId }),
  reveal: (voteId: string) => apiRequest<VoteResponse>('POST', `/api/votes/${enc(voteId)}/reveal`, {}),
  close: (voteId: string) => apiRequest<VoteResponse>('POST', `/api/votes/${enc(voteId)}/close`, {}),
  remove: (voteId: string) => apiRequest<void>('DELETE', `/api/votes/${enc(voteId)}`),
};
