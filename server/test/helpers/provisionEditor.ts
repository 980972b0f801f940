import { expect } from 'vitest';
import { api, createToken, signUp } from './testApi.ts';

export interface Editor {
  /** API token secret, for `?token=` on the sync endpoint. */
  token: string;
  cookie: string;
  workspaceId: string;
  /** Creates a note in the workspace and returns its id. */
  newDocument(title?: string): Promise<string>;
}

/** A user with a workspace and an API token, made through the public API (works for any server). */
export async function provisionEditor(base: string): Promise<Editor> {
  const user = await signUp(base, 'Sync Tester');
  const token = await createToken(base, user);
  const ws = await api(base, 'POST', '/api/workspaces', { as: user, body: { title: 'Sync tests' } });
  expect(ws.status, JSON.stringify(ws.body)).toBe(201);
  const workspaceId = (ws.body as { workspace: { id: string } }).workspace.id;
  return {
    token: token.secret,
    cookie: user.cookie,
    workspaceId,
    async newDocument(title = 'Test note') {
      const res = await api(base, 'POST', `/api/workspaces/${workspaceId}/documents`, {
        as: user,
        body: { type: 'note', title },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return (res.body as { document: { id: string } }).document.id;
    },
  };
}
