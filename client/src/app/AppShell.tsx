import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { LanguageSwitcher } from '../components/LanguageSwitcher.tsx';
import { useTranslation } from '../i18n/I18nProvider.tsx';
import { useSession } from '../session/SessionContext.tsx';
import { usePlace } from './currentPlace.ts';
import { Link, Outlet, useLocation, useNavigate } from './router.tsx';
import { useRouteFocus } from './useRouteFocus.ts';

// The inbox (socket.io client included) loads after the first render, outside every route's initial JS.
const InboxBadge = lazy(() => import('../comments/InboxBadge.tsx').then((m) => ({ default: m.InboxBadge })));

export function AppShell() {
  const { t } = useTranslation();
  const { state, logout } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const place = usePlace();
  const [started, setStarted] = useState(false);
  useEffect(() => setStarted(true), []);
  useRouteFocus();
  // On phones the controls fold into a disclosure menu (CSS decides when the button shows).
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: following a link closes the menu
  useEffect(() => setMenuOpen(false), [pathname]);
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      // The inbox open inside the menu closes first, on its own Escape.
      if (menu.current?.querySelector('[aria-expanded="true"]')) return;
      setMenuOpen(false);
      menuButton.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const inside = [menu.current, menuButton.current].some((el) => el?.contains(event.target as Node));
      if (!inside) setMenuOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [menuOpen]);
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
          <span className="brand__name">Weft</span>
        </Link>
        {place && (
          <span className="topbar__place" data-testid="app.place">
            {place}
          </span>
        )}
        <nav className="topbar__nav" aria-label={t('app.mainNav')}>
          {state.status === 'signedIn' && <Link to="/workspaces">{t('workspaces.title')}</Link>}
        </nav>
        <button
          ref={menuButton}
          type="button"
          className="topbar__menu-button button button--small"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          data-testid="app.menu"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span className="topbar__menu-icon" aria-hidden="true" />
          {t('app.menu')}
        </button>
        <div
          ref={menu}
          id={menuId}
          className={`topbar__end${menuOpen ? ' topbar__end--open' : ''}`}
          data-testid="app.menu.panel"
        >
          {state.status === 'signedIn' && (
            <Link className="topbar__menu-only" to="/workspaces">
              {t('workspaces.title')}
            </Link>
          )}
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
