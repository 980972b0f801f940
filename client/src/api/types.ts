// Shapes of the REST contract (docs: briefs/api.md); the server validates the same bodies with zod.

export type Language = 'en' | 'nl' | 'vi' | 'hi';
export type Role = 'facilitator' | 'editor' | 'commenter' | 'viewer';
export type DocumentKind = 'note' | 'actionPlan' | 'whiteboard';

export interface User {
  id: string;
  email: string;
  displayName: string;
  city: string;
  organisation: string;
  language: Language;
  timeZone: string;
  createdAt: string;
}

export interface Workspace {
  id: string;
  title: string;
  description: string;
  cities: string[];
  archived: boolean;
  createdAt: string;
  role: Role;
}

export interface Member {
  userId: string;
  email: string;
  displayName: string;
  city: string;
  role: Role;
  joinedAt: string;
}

export interface Invite {
  id: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
  revoked: boolean;
  createdBy: string;
}

export interface InvitePreview {
  workspace: { id: string; title: string };
  role: Role;
  expiresAt: string;
}

export interface DocumentMeta {
  id: string;
  workspaceId: string;
  type: DocumentKind;
  title: string;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
}

export const ROLES: readonly Role[] = ['facilitator', 'editor', 'commenter', 'viewer'];

export function canEditDocuments(role: Role): boolean {
  return role === 'facilitator' || role === 'editor';
}
