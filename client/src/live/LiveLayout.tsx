import { createContext, lazy, Suspense, useEffect, useState } from 'react';
import { Outlet } from '../app/router.tsx';
import type { LiveClient } from './LiveClient.ts';

/** The presence client once loaded; null before that (pages show what they can without it). */
export const LiveContext = createContext<LiveClient | null>(null);

// socket.io-client and the follow logic load after the first render, never in a route's initial JS.
const LiveRuntime = lazy(() => import('./LiveRuntime.tsx').then((m) => ({ default: m.LiveRuntime })));

/** Wraps the signed-in workspace routes so presence and following survive navigation between them. */
export function LiveLayout() {
  const [started, setStarted] = useState(false);
  const [client, setClient] = useState<LiveClient | null>(null);
  useEffect(() => setStarted(true), []);
  return (
    <LiveContext.Provider value={client}>
      <Outlet />
      {started && (
        <Suspense fallback={null}>
          <LiveRuntime onClient={setClient} />
        </Suspense>
      )}
    </LiveContext.Provider>
  );
}
