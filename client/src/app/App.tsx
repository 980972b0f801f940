import { lazy, Suspense } from 'react';
import { Loading } from '../components/Loading.tsx';
import { LiveLayout } from '../live/LiveLayout.tsx';
import { AppShell } from './AppShell.tsx';
import { RequireAuth } from './RequireAuth.tsx';
import { RouteErrorBoundary } from './RouteErrorBoundary.tsx';
import { BrowserRouter, Route, Routes } from './router.tsx';

// Every page is its own chunk: the notes editor (TipTap, Yjs) loads only on the notes route, and
// the action plan and whiteboard editors never load there.
const HomeRedirect = lazy(() =>
  import('./pages/HomeRedirect.tsx').then((m) => ({ default: m.HomeRedirect })),
);
const LoginPage = lazy(() => import('./pages/LoginPage.tsx').then((m) => ({ default: m.LoginPage })));
const SignupPage = lazy(() => import('./pages/SignupPage.tsx').then((m) => ({ default: m.SignupPage })));
const InvitePage = lazy(() => import('./pages/InvitePage.tsx').then((m) => ({ default: m.InvitePage })));
const WorkspacesPage = lazy(() =>
  import('./pages/WorkspacesPage.tsx').then((m) => ({ default: m.WorkspacesPage })),
);
const WorkspacePage = lazy(() =>
  import('./pages/WorkspacePage.tsx').then((m) => ({ default: m.WorkspacePage })),
);
const NotePage = lazy(() => import('../editors/notes/NotePage.tsx').then((m) => ({ default: m.NotePage })));
const ActionPlanPage = lazy(() =>
  import('../editors/actionPlan/ActionPlanPage.tsx').then((m) => ({ default: m.ActionPlanPage })),
);
const WhiteboardPage = lazy(() =>
  import('../editors/whiteboard/WhiteboardPage.tsx').then((m) => ({ default: m.WhiteboardPage })),
);
const SessionPage = lazy(() => import('./pages/SessionPage.tsx').then((m) => ({ default: m.SessionPage })));
const ProfileEmailPage = lazy(() =>
  import('../account/ProfileEmailPage.tsx').then((m) => ({ default: m.ProfileEmailPage })),
);
const NotFoundPage = lazy(() =>
  import('./pages/NotFoundPage.tsx').then((m) => ({ default: m.NotFoundPage })),
);

/** Routes (react-router-style declarative routes, see router.tsx) with route-level code splitting. */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<AppShell />}>
          <Route index element={<Page component={HomeRedirect} />} />
          <Route path="login" element={<Page component={LoginPage} />} />
          <Route path="signup" element={<Page component={SignupPage} />} />
          <Route path="invite/:token" element={<Page component={InvitePage} />} />
          <Route element={<RequireAuth />}>
            <Route path="workspaces" element={<Page component={WorkspacesPage} />} />
            <Route path="profile" element={<Page component={ProfileEmailPage} />} />
            {/* Presence and following live across the workspace routes (loaded after first render). */}
            <Route element={<LiveLayout />}>
              <Route path="workspaces/:workspaceId" element={<Page component={WorkspacePage} />} />
              <Route
                path="workspaces/:workspaceId/notes/:documentId"
                element={<Page component={NotePage} />}
              />
              <Route
                path="workspaces/:workspaceId/plans/:documentId"
                element={<Page component={ActionPlanPage} />}
              />
              <Route
                path="workspaces/:workspaceId/whiteboards/:documentId"
                element={<Page component={WhiteboardPage} />}
              />
              <Route
                path="workspaces/:workspaceId/sessions/:sessionId"
                element={<Page component={SessionPage} />}
              />
            </Route>
          </Route>
          <Route path="*" element={<Page component={NotFoundPage} />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}

function Page({ component: Component }: { component: React.ComponentType }) {
  return (
    <RouteErrorBoundary>
      <Suspense fallback={<Loading />}>
        <Component />
      </Suspense>
    </RouteErrorBoundary>
  );
}
