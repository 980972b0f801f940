// Types only (erased at build time): values from @weft/protocol would bring zod into the bundle.
import type {
  ActivityResponse,
  CommentMessage,
  CommentThread,
  CreateThreadRequest,
  InboxResponse,
  ListThreadsResponse,
  Member,
  MessageResponse,
  ReplyRequest,
  ThreadResponse,
  VisitResponse,
} from '@weft/protocol';
import { apiRequest } from '../api/apiRequest.ts';

const enc = encodeURIComponent;

/** The REST endpoints of comments, the inbox and the activity feed (docs/api.md). */
export const commentsApi = {
  listThreads: (documentId: string) =>
    apiRequest<ListThreadsResponse>('GET', `/api/documents/${enc(documentId)}/threads`),
  createThread: (documentId: string, request: CreateThreadRequest) =>
    apiRequest<ThreadResponse>('POST', `/api/documents/${enc(documentId)}/threads`, request),
  markDocumentRead: (documentId: string) =>
    apiRequest<void>('POST', `/api/documents/${enc(documentId)}/threads/read`),
  getThread: (threadId: string) => apiRequest<ThreadResponse>('GET', `/api/threads/${enc(threadId)}`),
  reply: (threadId: string, request: ReplyRequest) =>
    apiRequest<MessageResponse>('POST', `/api/threads/${enc(threadId)}/messages`, request),
  editMessage: (threadId: string, messageId: string, body: string) =>
    apiRequest<{ message: CommentMessage }>(
      'PATCH',
      `/api/threads/${enc(threadId)}/messages/${enc(messageId)}`,
      { body },
    ),
  deleteMessage: (threadId: string, messageId: string) =>
    apiRequest<void>('DELETE', `/api/threads/${enc(threadId)}/messages/${enc(messageId)}`),
  resolve: (threadId: string) => apiRequest<ThreadResponse>('POST', `/api/threads/${enc(threadId)}/resolve`),
  reopen: (threadId: string) => apiRequest<ThreadResponse>('POST', `/api/threads/${enc(threadId)}/reopen`),
  markRead: (threadId: string) => apiRequest<void>('POST', `/api/threads/${enc(threadId)}/read`),
  inbox: () => apiRequest<InboxResponse>('GET', '/api/me/inbox'),
  members: (workspaceId: string) =>
    apiRequest<{ members: Member[] }>('GET', `/api/workspaces/${enc(workspaceId)}/members`),
  activity: (workspaceId: string, since?: string) =>
    apiRequest<ActivityResponse>(
      'GET',
      `/api/workspaces/${enc(workspaceId)}/activity${since ? `?since=${enc(since)}` : ''}`,
    ),
  visit: (workspaceId: string) =>
    apiRequest<VisitResponse>('POST', `/api/workspaces/${enc(workspaceId)}/visit`),
};

export type { CommentMessage, CommentThread };
