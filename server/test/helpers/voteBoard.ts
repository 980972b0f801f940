import { addShape } from '@weft/model';
import { expect } from 'vitest';
import type { TestServer } from './createTestServer.ts';
import { api, type Credentials } from './testApi.ts';

export interface VoteBoard {
  documentId: string;
  /** Sticky ids: a, b, c inside (0,0)-(600,200); far at (2000,2000). */
  stickies: { a: string; b: string; c: string; far: string };
  rectId: string;
}

/** A whiteboard with four stickies and a rectangle, written through the live room as an edit would be. */
export async function createVoteBoard(
  t: TestServer,
  workspaceId: string,
  as: Credentials,
): Promise<VoteBoard> {
  const res = await api(t.url, 'POST', `/api/workspaces/${workspaceId}/documents`, {
    as,
    body: { type: 'whiteboard', title: 'Priorities' },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const documentId = (res.body as { document: { id: string } }).document.id;
  const room = await t.server.registry.open(documentId);
  const sticky = (text: string, x: number, y: number) =>
    addShape(room.doc, { type: 'sticky', text, x, y, w: 160, h: 160 });
  const stickies = {
    a: sticky('Nước thải nhuộm', 0, 0),
    b: sticky('Cotton traceability', 200, 0),
    c: sticky('Energie', 400, 0),
    far: sticky('Later', 2000, 2000),
  };
  const rectId = addShape(room.doc, { type: 'rect', x: 0, y: 300, w: 100, h: 100 });
  return { documentId, stickies, rectId };
}
