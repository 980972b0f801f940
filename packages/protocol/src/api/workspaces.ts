import { z } from 'zod';
import { isoDateSchema, lineSchema, multilineSchema, timeZoneSchema } from './common.ts';

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

/** A city of a workspace: its name with diacritics, its IANA zone, optionally country and colour. */
export const citySchema = z.object({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
  country: z.string().optional(),
  /** `#rrggbb`. */
  colour: z.string().optional(),
});
export type City = z.infer<typeof citySchema>;

export const cityColourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour must look like #1a7f5a');

/**
 * A city as a client sends it. `id` keeps an existing city (so it can be renamed); without `id`, a
 * city whose name matches an existing one (ignoring case and diacritics) keeps that one's identity.
 */
export const cityInputSchema = z.strictObject({
  id: z.string().max(64).optional(),
  name: lineSchema(100),
  timeZone: timeZoneSchema,
  country: lineSchema(100).optional(),
  colour: cityColourSchema.optional(),
});
export type CityInput = z.infer<typeof cityInputSchema>;

export const workspaceSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  cities: z.array(citySchema),
  archived: z.boolean(),
  createdAt: isoDateSchema,
  /** The caller's role in this workspace. */
  role: roleSchema,
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const MAX_WORKSPACE_CITIES = 20;

/**
 * The whole list of a workspace's cities. A plain string (what older clients send) is a city of that
 * name whose zone the server looks up in a small table of known cities, else `UTC`.
 */
const citiesSchema = z.array(z.union([lineSchema(100), cityInputSchema])).max(MAX_WORKSPACE_CITIES);

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
  /** The name of the workspace city this member represents, or '' when none. */
  city: z.string(),
  cityId: z.string().nullable(),
  role: roleSchema,
  joinedAt: isoDateSchema,
});
export type Member = z.infer<typeof memberSchema>;

/** `city` is a workspace city's id or name; `null` clears it. */
export const updateMemberRequestSchema = z
  .strictObject({ role: roleSchema.optional(), city: z.string().max(100).nullable().optional() })
  .refine((b) => b.role !== undefined || b.city !== undefined, { message: 'send role or city' });
export type UpdateMemberRequest = z.infer<typeof updateMemberRequestSchema>;

export const memberResponseSchema = z.object({ member: memberSchema });
export type MemberResponse = z.infer<typeof memberResponseSchema>;
export const listMembersResponseSchema = z.object({ members: z.array(memberSchema) });
export type ListMembersResponse = z.infer<typeof listMembersResponseSchema>;
