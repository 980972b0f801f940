import { apiRequest } from './apiRequest.ts';
import type {
  ApiToken,
  City,
  DocumentKind,
  DocumentMeta,
  EmailPreferences,
  EmailSettingsResponse,
  Invite,
  InvitePreview,
  Language,
  Member,
  Role,
  Template,
  User,
  Workspace,
} from './types.ts';

export interface SignupInput {
  email: string;
  password: string;
  displayName: string;
  city?: string;
  organisation?: string;
  language?: Language;
  timeZone?: string;
}

export interface ProfilePatch {
  displayName?: string;
  city?: string;
  organisation?: string;
  language?: Language;
  timeZone?: string;
}

/** A city as sent: `id` keeps an existing one (rename), none adds one. */
export interface CityInput {
  id?: string;
  name: string;
  timeZone: string;
  country?: string;
  colour?: string;
}

export type { City };

const enc = encodeURIComponent;

/** Every REST endpoint the client uses, one function each. */
export const weftApi = {
  signup: (input: SignupInput) => apiRequest<{ user: User }>('POST', '/api/auth/signup', input),
  login: (email: string, password: string) =>
    apiRequest<{ user: User }>('POST', '/api/auth/login', { email, password }),
  logout: () => apiRequest<void>('POST', '/api/auth/logout'),
  me: () => apiRequest<{ user: User }>('GET', '/api/me'),
  updateMe: (patch: ProfilePatch) => apiRequest<{ user: User }>('PATCH', '/api/me', patch),

  changePassword: (currentPassword: string, newPassword: string) =>
    apiRequest<void>('POST', '/api/me/password', { currentPassword, newPassword }),
  listTokens: () => apiRequest<{ tokens: ApiToken[] }>('GET', '/api/tokens'),
  createToken: (name: string) =>
    apiRequest<{ token: ApiToken; secret: string }>('POST', '/api/tokens', { name }),
  revokeToken: (id: string) => apiRequest<void>('DELETE', `/api/tokens/${enc(id)}`),
  emailSettings: () => apiRequest<EmailSettingsResponse>('GET', '/api/me/email'),
  updateEmailPreferences: (preferences: EmailPreferences) =>
    apiRequest<EmailSettingsResponse>('PUT', '/api/me/email', preferences),

  listWorkspaces: () => apiRequest<{ workspaces: Workspace[] }>('GET', '/api/workspaces'),
  createWorkspace: (input: { title: string; description?: string; cities?: (string | CityInput)[] }) =>
    apiRequest<{ workspace: Workspace }>('POST', '/api/workspaces', input),
  /** `cities` replaces the whole list; a removed city still in use is refused (409 `city_in_use`). */
  updateWorkspace: (id: string, patch: { title?: string; description?: string; cities?: CityInput[] }) =>
    apiRequest<{ workspace: Workspace }>('PATCH', `/api/workspaces/${enc(id)}`, patch),
  getWorkspace: (id: string) => apiRequest<{ workspace: Workspace }>('GET', `/api/workspaces/${enc(id)}`),

  listMembers: (workspaceId: string) =>
    apiRequest<{ members: Member[] }>('GET', `/api/workspaces/${enc(workspaceId)}/members`),
  setMemberRole: (workspaceId: string, userId: string, role: Role) =>
    apiRequest<{ member: Member }>('PATCH', `/api/workspaces/${enc(workspaceId)}/members/${enc(userId)}`, {
      role,
    }),
  /** `city` is a workspace city id, or null to clear it. */
  setMemberCity: (workspaceId: string, userId: string, city: string | null) =>
    apiRequest<{ member: Member }>('PATCH', `/api/workspaces/${enc(workspaceId)}/members/${enc(userId)}`, {
      city,
    }),
  removeMember: (workspaceId: string, userId: string) =>
    apiRequest<void>('DELETE', `/api/workspaces/${enc(workspaceId)}/members/${enc(userId)}`),

  listInvites: (workspaceId: string) =>
    apiRequest<{ invites: Invite[] }>('GET', `/api/workspaces/${enc(workspaceId)}/invites`),
  createInvite: (workspaceId: string, role: Role, city?: string) =>
    apiRequest<{ invite: Invite; token: string; url: string }>(
      'POST',
      `/api/workspaces/${enc(workspaceId)}/invites`,
      { role, ...(city ? { city } : {}) },
    ),
  revokeInvite: (workspaceId: string, inviteId: string) =>
    apiRequest<void>('DELETE', `/api/workspaces/${enc(workspaceId)}/invites/${enc(inviteId)}`),
  previewInvite: (token: string) => apiRequest<InvitePreview>('GET', `/api/invites/${enc(token)}`),
  acceptInvite: (token: string, city?: string) =>
    apiRequest<{ workspace: Workspace }>('POST', `/api/invites/${enc(token)}/accept`, city ? { city } : {}),

  listDocuments: (workspaceId: string) =>
    apiRequest<{ documents: DocumentMeta[] }>('GET', `/api/workspaces/${enc(workspaceId)}/documents`),
  createDocument: (
    workspaceId: string,
    type: DocumentKind,
    title: string,
    template?: { templateId: string; language: Language },
  ) =>
    apiRequest<{ document: DocumentMeta }>('POST', `/api/workspaces/${enc(workspaceId)}/documents`, {
      type,
      title,
      ...template,
    }),
  listTemplates: (workspaceId: string, language: Language) =>
    apiRequest<{ templates: Template[] }>(
      'GET',
      `/api/workspaces/${enc(workspaceId)}/templates?language=${enc(language)}`,
    ),
  saveAsTemplate: (documentId: string, title: string) =>
    apiRequest<{ template: Template }>('POST', `/api/documents/${enc(documentId)}/save-as-template`, {
      title,
    }),
  deleteTemplate: (templateId: string) => apiRequest<void>('DELETE', `/api/templates/${enc(templateId)}`),
  getDocument: (id: string) =>
    apiRequest<{ document: DocumentMeta; role: Role }>('GET', `/api/documents/${enc(id)}`),
  renameDocument: (id: string, title: string) =>
    apiRequest<{ document: DocumentMeta }>('PATCH', `/api/documents/${enc(id)}`, { title }),
  archiveDocument: (id: string) =>
    apiRequest<{ document: DocumentMeta }>('POST', `/api/documents/${enc(id)}/archive`),
};
