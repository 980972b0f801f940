// Types only (erased at build time): importing values from @weft/protocol would bring zod into the bundle.
import type { Role } from '@weft/protocol';

export type {
  ApiToken,
  City,
  DocumentMeta,
  DocumentTypeName as DocumentKind,
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
} from '@weft/protocol';

export const ROLES: readonly Role[] = ['facilitator', 'editor', 'commenter', 'viewer'];

/** Same rule as the server's `canEditDocuments`: only these roles' document updates are kept. */
export function canEditDocuments(role: Role): boolean {
  return role === 'facilitator' || role === 'editor';
}
