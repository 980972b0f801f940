import { describe, expect, it } from 'vitest';
import { createRouteMatcher, type RouteObject } from './createRouteMatcher.ts';

// Elements are opaque to the matcher; strings name them in assertions.
const appRoutes: RouteObject[] = [
  {
    element: 'shell',
    children: [
      { index: true, element: 'home' },
      { path: 'login', element: 'login' },
      { path: 'invite/:token', element: 'invite' },
      {
        element: 'auth',
        children: [
          { path: 'workspaces', element: 'workspaces' },
          {
            element: 'live',
            children: [
              { path: 'workspaces/:workspaceId', element: 'workspace' },
              { path: 'workspaces/:workspaceId/notes/:documentId', element: 'note' },
            ],
          },
        ],
      },
      { path: '*', element: 'notFound' },
    ],
  },
];

describe('createRouteMatcher', () => {
  const match = createRouteMatcher(appRoutes);

  it('matches the index route at the root, through its pathless layout', () => {
    expect(match('/')).toEqual({ elements: ['shell', 'home'], params: {} });
  });

  it('stacks every layout above a nested page, outermost first, with its params', () => {
    expect(match('/workspaces/w1/notes/d1')).toEqual({
      elements: ['shell', 'auth', 'live', 'note'],
      params: { workspaceId: 'w1', documentId: 'd1' },
    });
    expect(match('/workspaces')?.elements).toEqual(['shell', 'auth', 'workspaces']);
    expect(match('/workspaces/w1')?.elements).toEqual(['shell', 'auth', 'live', 'workspace']);
  });

  it('accepts a trailing slash and ignores case in static segments, as react-router does', () => {
    expect(match('/workspaces/w1/')?.params).toEqual({ workspaceId: 'w1' });
    expect(match('/LOGIN')?.elements).toEqual(['shell', 'login']);
  });

  it('decodes params', () => {
    expect(match('/invite/a%20b%2Fc')?.params).toEqual({ token: 'a b/c' });
    // A malformed escape is kept as typed instead of throwing.
    expect(match('/invite/%E0%A4%A')?.params).toEqual({ token: '%E0%A4%A' });
  });

  it('sends every unknown path to the splat route with the rest of the path', () => {
    expect(match('/nope')).toEqual({ elements: ['shell', 'notFound'], params: { '*': 'nope' } });
    expect(match('/workspaces/w1/notes')?.elements).toEqual(['shell', 'notFound']);
    expect(match('/workspaces/w1/notes/d1/extra')?.elements).toEqual(['shell', 'notFound']);
  });

  it('ranks static over dynamic over splat whatever the declaration order', () => {
    const ranked = createRouteMatcher([
      { path: '*', element: 'splat' },
      { path: ':id', element: 'dynamic' },
      { path: 'new', element: 'static' },
    ]);
    expect(ranked('/new')?.elements).toEqual(['static']);
    expect(ranked('/other')?.elements).toEqual(['dynamic']);
    expect(ranked('/a/b')?.elements).toEqual(['splat']);
  });

  it('lets a layout route with a path match on its own, and resolves child paths against it', () => {
    const nested = createRouteMatcher([
      {
        path: 'w/:id',
        element: 'layout',
        children: [
          { index: true, element: 'overview' },
          { path: 'settings', element: 'settings' },
        ],
      },
    ]);
    expect(nested('/w/1')).toEqual({ elements: ['layout', 'overview'], params: { id: '1' } });
    expect(nested('/w/1/settings')?.elements).toEqual(['layout', 'settings']);
  });

  it('matches nothing without a splat route', () => {
    expect(createRouteMatcher([{ path: 'a', element: 'a' }])('/b')).toBeNull();
  });

  it('rejects an index route with children', () => {
    expect(() => createRouteMatcher([{ index: true, children: [{ path: 'x' }] }])).toThrow(/index route/);
  });
});
