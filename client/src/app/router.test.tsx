import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Link, Outlet, Route, Routes, useLocation, useParams, useSearchParams } from './router.tsx';

function Shell() {
  return (
    <main>
      <Outlet />
    </main>
  );
}

function Note() {
  const { workspaceId, documentId } = useParams();
  const [search] = useSearchParams();
  const { pathname } = useLocation();
  return (
    <p>
      {workspaceId}/{documentId} v={search.get('v')} at {pathname} <Link to="?v=2">next</Link>
    </p>
  );
}

function render(url: string): string {
  const [pathname = '/', search = ''] = url.split('?');
  return renderToStaticMarkup(
    <Routes location={{ pathname, search: search ? `?${search}` : '', hash: '' }}>
      <Route element={<Shell />}>
        <Route index element={<p>home</p>} />
        <Route element={<Outlet />}>
          <Route path="workspaces/:workspaceId/notes/:documentId" element={<Note />} />
        </Route>
        <Route path="*" element={<p>not found</p>} />
      </Route>
    </Routes>,
  );
}

describe('Routes', () => {
  it('renders the matched page inside its layouts, with params, query and in-app links', () => {
    expect(render('/workspaces/w1/notes/d%C3%A9?v=1')).toBe(
      '<main><p>w1/dé v=1 at /workspaces/w1/notes/d%C3%A9 <a href="/workspaces/w1/notes/d%C3%A9?v=2">next</a></p></main>',
    );
  });

  it('renders the index route and the not-found route', () => {
    expect(render('/')).toBe('<main><p>home</p></main>');
    expect(render('/missing/page')).toBe('<main><p>not found</p></main>');
  });

  it('rejects a <Route> rendered on its own and a non-route child', () => {
    expect(() => renderToStaticMarkup(<Route path="x" />)).toThrow(/child of <Routes>/);
    expect(() =>
      renderToStaticMarkup(
        <Routes location={{ pathname: '/', search: '', hash: '' }}>
          <p>stray</p>
        </Routes>,
      ),
    ).toThrow(/only <Route>/);
  });
});
