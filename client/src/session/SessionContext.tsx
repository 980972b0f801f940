import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../api/ApiError.ts';
import type { User } from '../api/types.ts';
import { weftApi } from '../api/weftApi.ts';
import { useTranslation } from '../i18n/I18nProvider.tsx';
import { rememberLanguage, toUiLanguage, type UiLanguage } from '../i18n/languages.ts';
import { clearOfflineCaches } from '../lib/clearOfflineCaches.ts';
import { forgetUser, readCachedUser, rememberUser } from './cachedUser.ts';

export type SessionState =
  | { status: 'loading'; user: null }
  | { status: 'anonymous'; user: null }
  | { status: 'signedIn'; user: User };

export interface Session {
  state: SessionState;
  /** The signed-in user's time zone, else the browser's. */
  timeZone: string;
  signedIn(user: User): void;
  logout(): Promise<void>;
  changeLanguage(language: UiLanguage): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  // changeLanguage is stable, so loading the session does not restart on a language switch.
  const {
    i18n: { changeLanguage: changeUiLanguage },
  } = useTranslation();
  const [state, setState] = useState<SessionState>({ status: 'loading', user: null });

  const applyUser = useCallback(
    (user: User) => {
      rememberUser(user);
      setState({ status: 'signedIn', user });
      const language = toUiLanguage(user.language);
      if (language) {
        rememberLanguage(language);
        void changeUiLanguage(language);
      }
    },
    [changeUiLanguage],
  );

  useEffect(() => {
    let cancelled = false;
    weftApi.me().then(
      ({ user }) => {
        if (!cancelled) applyUser(user);
      },
      (err: unknown) => {
        if (cancelled) return;
        // Offline start: trust the last user seen on this device so local documents still open.
        const cached = err instanceof ApiError && err.isOffline ? readCachedUser() : null;
        if (cached) setState({ status: 'signedIn', user: cached });
        else setState({ status: 'anonymous', user: null });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [applyUser]);

  const logout = useCallback(async () => {
    try {
      await weftApi.logout();
    } finally {
      forgetUser();
      await clearOfflineCaches();
      setState({ status: 'anonymous', user: null });
    }
  }, []);

  const changeLanguage = useCallback(
    async (language: UiLanguage) => {
      rememberLanguage(language);
      await changeUiLanguage(language);
      if (state.status === 'signedIn' && state.user.language !== language) {
        const { user } = await weftApi.updateMe({ language });
        applyUser(user);
      }
    },
    [changeUiLanguage, state, applyUser],
  );

  const value = useMemo<Session>(
    () => ({
      state,
      timeZone: state.user?.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone,
      signedIn: applyUser,
      logout,
      changeLanguage,
    }),
    [state, applyUser, logout, changeLanguage],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside <SessionProvider>');
  return session;
}

/** The signed-in user; only for routes behind <RequireAuth>. */
export function useUser(): User {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useUser on a route without <RequireAuth>');
  return state.user;
}
