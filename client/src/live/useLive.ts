import { useContext, useSyncExternalStore } from 'react';
import type { LiveClient, LiveSnapshot } from './LiveClient.ts';
import { LiveContext } from './LiveLayout.tsx';

const LOADING: LiveSnapshot = {
  status: 'connecting',
  workspaceId: null,
  users: [],
  following: null,
  paused: null,
};
const noop = () => () => undefined;

/** The presence client (null while it loads) and its current snapshot. */
export function useLive(): { client: LiveClient | null; live: LiveSnapshot } {
  const client = useContext(LiveContext);
  const live = useSyncExternalStore(
    client ? client.subscribe : noop,
    client ? client.getSnapshot : () => LOADING,
  );
  return { client, live };
}
