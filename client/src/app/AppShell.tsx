import { lazy, Suspense } from 'react';
import { LanguageSwitcher } from '../components/LanguageSwitcher.tsx';
import { useTranslation } from '../i18n/I18nProvider.tsx';
import { usePageReady } from '../lib/pageReady.ts';
import { useSession } from '../session/SessionContext.tsx';
import { Link, Outlet, useNavigate } from './router.tsx';
import { useRouteFocus } from './useRouteFocus.ts';

// The inbox (socket.io client included) loads after the first render, outside every route's initial JS.
const InboxBadge = lazy(() => import('../comments/InboxBadge.tsx').then((m) => ({ default: m.InboxBadge })));

export function AppShell() {
  const { t } = useTranslation();
  const { state, logout } = useSession();
  const navigate = useNavigate();
  // The inbox (socket.io, comment strings) waits until the page's document is usable.
  const started = usePageReady();
  useRouteFocus();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <Link
          to={state.status === 'signedIn' ? '/workspaces' : '/'}
          className="brand"
          aria-label={t('app.home')}
        >
          <span className="brand__mark" aria-hidden="true" />
          Weft
        </Link>
        <nav className="topbar__nav" aria-label={t('app.mainNav')}>
          {state.status === 'signedIn' && <Link to="/workspaces">{t('workspaces.title')}</Link>}
        </nav>
        <div className="topbar__end">
          <LanguageSwitcher />
          {state.status === 'signedIn' && (
            <>
              {started && (
                <Suspense fallback={null}>
                  <InboxBadge key={state.user.id} />
                </Suspense>
              )}
              <Link
                className="topbar__user"
                to="/profile"
                aria-label={`${state.user.displayName} · ${t('profile.link')}`}
                data-testid="app.user"
              >
                {state.user.displayName}
              </Link>
              <button
                type="button"
                className="button button--ghost button--small"
                data-testid="app.logout"
                onClick={() => {
                  void logout().then(() => navigate('/login'));
                }}
              >
                {t('auth.logout')}
              </button>
            </>
          )}
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
