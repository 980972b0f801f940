import { z } from 'zod';
import { isoDateSchema, lineSchema, multilineSchema } from './common.ts';

export const Role = {
  facilitator: 'facilitator',
  editor: 'editor',
  commenter: 'commenter',
  viewer: 'viewer',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const roleSchema = z.enum(Role);

/** Higher ranks include every right of lower ones. */
export const ROLE_RANK: Readonly<Record<Role, number>> = {
  viewer: 0,
  commenter: 1,
  editor: 2,
  facilitator: 3,
};

/** Roles whose document updates the server accepts. */
export function canEditDocuments(role: Role): boolean {
  return role === Role.facilitator || role === Role.editor;
}

export const workspaceSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  cities: z.array(z.string()),
  archived: z.boolean(),
  createdAt: isoDateSchema,
  /** The caller's role in this workspace. */
  role: roleSchema,
});
export type Workspace = z.infer<typeof workspaceSchema>;

const citiesSchema = z.array(lineSchema(100)).max(20);

export const createWorkspaceRequestSchema = z.object({
  title: lineSchema(200),
  description: multilineSchema(5000).optional(),
  cities: citiesSchema.optional(),
});
export type CreateWorkspaceRequest = z.infer<typeof createWorkspaceRequestSchema>;

export const updateWorkspaceRequestSchema = createWorkspaceRequestSchema.partial();
export type UpdateWorkspaceRequest = z.infer<typeof updateWorkspaceRequestSchema>;

export const workspaceResponseSchema = z.object({ workspace: workspaceSchema });
export type WorkspaceResponse = z.infer<typeof workspaceResponseSchema>;
export const listWorkspacesResponseSchema = z.object({ workspaces: z.array(workspaceSchema) });
export type ListWorkspacesResponse = z.infer<typeof listWorkspacesResponseSchema>;

export const memberSchema = z.object({
  userId: z.string(),
  email: z.string(),
  displayName: z.string(),
  city: z.string(),
  role: roleSchema,
  joinedAt: isoDateSchema,
});
export type Member = z.infer<typeof memberSchema>;

export const updateMemberRequestSchema = z.object({ role: roleSchema });
export type UpdateMemberRequest = z.infer<typeof updateMemberRequestSchema>;

export const memberResponseSchema = z.object({ member: memberSchema });
export type MemberResponse = z.infer<typeof memberResponseSchema>;
export const listMembersResponseSchema = z.object({ members: z.array(memberSchema) });
export type ListMembersResponse = z.infer<typeof listMembersResponseSchema>;
