import { describe, expect, it } from 'vitest';
import { parseLiveLocation } from './parseLiveLocation.ts';

describe('parseLiveLocation', () => {
  it('reads workspace, document and session routes', () => {
    expect(parseLiveLocation('/workspaces/w1')).toEqual({
      workspaceId: 'w1',
      documentId: null,
      sessionId: null,
    });
    expect(parseLiveLocation('/workspaces/w1/notes/d1')).toEqual({
      workspaceId: 'w1',
      documentId: 'd1',
      sessionId: null,
    });
    expect(parseLiveLocation('/workspaces/w1/whiteboards/d2/')).toMatchObject({ documentId: 'd2' });
    expect(parseLiveLocation('/workspaces/w1/sessions/s1')).toEqual({
      workspaceId: 'w1',
      documentId: null,
      sessionId: 's1',
    });
  });

  it('is empty outside workspaces and tolerates bad escapes', () => {
    expect(parseLiveLocation('/workspaces')).toEqual({
      workspaceId: null,
      documentId: null,
      sessionId: null,
    });
    expect(parseLiveLocation('/login')).toEqual({ workspaceId: null, documentId: null, sessionId: null });
    expect(parseLiveLocation('/workspaces/%E0%A4/unknown/x')).toMatchObject({ workspaceId: '%E0%A4' });
  });
});
