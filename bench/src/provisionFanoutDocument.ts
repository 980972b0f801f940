import { createTokenResponseSchema, documentResponseSchema, workspaceResponseSchema } from '@weft/protocol';
import { callWeftApi, signUpWeftUser } from './weftApi.ts';

export interface FanoutDocument {
  documentId: string;
  /** API token secret of the document's owner, for `?token=` on the sync endpoint. */
  token: string;
}

/**
 * What Weft's sync endpoint requires before a client may connect: a user, a workspace, a note in
 * it and an API token, made through the public REST API. Every bench client uses the one token.
 */
export async function provisionFanoutDocument(base: string, run: string): Promise<FanoutDocument> {
  const owner = await signUpWeftUser(base, {
    email: `${run}@example.org`,
    displayName: 'Fan-out bench',
    city: 'Ghent',
  });
  const as = { cookie: owner.cookie };
  const workspace = workspaceResponseSchema.parse(
    (await callWeftApi(base, 'POST', '/api/workspaces', { ...as, body: { title: 'Fan-out bench' } })).body,
  ).workspace;
  const document = documentResponseSchema.parse(
    (
      await callWeftApi(base, 'POST', `/api/workspaces/${workspace.id}/documents`, {
        ...as,
        body: { type: 'note', title: 'Fan-out' },
      })
    ).body,
  ).document;
  const token = createTokenResponseSchema.parse(
    (await callWeftApi(base, 'POST', '/api/tokens', { ...as, body: { name: 'fan-out bench' } })).body,
  );
  return { documentId: document.id, token: token.secret };
}
