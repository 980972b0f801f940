import type { Viewport } from '@weft/protocol';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { weftApi } from '../api/weftApi.ts';
import { documentPath } from '../app/documentPath.ts';
import { type NavigateFunction, useLocation, useNavigate } from '../app/router.tsx';
import { createNotesFollowTarget } from './createNotesFollowTarget.ts';
import { FollowBanner } from './FollowBanner.tsx';
import { type FollowTarget, registeredFollowTarget } from './followTargets.ts';
import { createLiveClient, type LiveClient, type LiveLocation } from './LiveClient.ts';
import { parseLiveLocation } from './parseLiveLocation.ts';
import { acquireSocket, announcePresent } from './socket.ts';
import './live.css';

/** Followers get at most four viewport messages a second from each person. */
const PUBLISH_EVERY_MS = 250;
const IDLE_AFTER_MS = 60_000;
const TARGET_POLL_MS = 150;
const TARGET_GIVE_UP_MS = 30_000;

/** Presence and following for the signed-in workspace routes; renders only the follow banner. */
export function LiveRuntime({ onClient }: { onClient: (client: LiveClient | null) => void }) {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const [client, setClient] = useState<LiveClient | null>(null);
  const { workspaceId, documentId, sessionId } = useMemo(() => parseLiveLocation(pathname), [pathname]);
  const here = useMemo<LiveLocation>(
    () => ({ workspaceId, documentId, sessionId }),
    [workspaceId, documentId, sessionId],
  );

  useEffect(() => {
    // The tab's one connection (socket.ts): joining presence on it is what lets the other
    // features' workspace pushes (sessions, comments, sign-off, facilitation) reach this tab.
    const c = createLiveClient(acquireSocket, { onJoined: announcePresent });
    setClient(c);
    onClient(c);
    return () => {
      onClient(null);
      c.destroy();
    };
  }, [onClient]);

  useEffect(() => client?.setLocation(here), [client, here]);
  useActivity(client);
  if (!client) return null;
  return (
    <>
      <Following client={client} here={here} navigate={navigate} />
      <FollowBanner client={client} />
    </>
  );
}

function useActivity(client: LiveClient | null): void {
  useEffect(() => {
    if (!client) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const active = () => {
      client.setActivity(document.visibilityState === 'hidden' ? 'idle' : 'active');
      clearTimeout(timer);
      timer = setTimeout(() => client.setActivity('idle'), IDLE_AFTER_MS);
    };
    const events = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
    for (const e of events) window.addEventListener(e, active, { capture: true, passive: true });
    document.addEventListener('visibilitychange', active);
    active();
    return () => {
      clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, active, { capture: true });
      document.removeEventListener('visibilitychange', active);
    };
  }, [client]);
}

interface FollowingProps {
  client: LiveClient;
  here: LiveLocation;
  navigate: NavigateFunction;
}

/** Moves this tab with the followed person, publishes my own view, and stops when I act myself. */
function Following({ client, here, navigate }: FollowingProps) {
  const live = useSyncExternalStore(client.subscribe, client.getSnapshot);
  const hereRef = useRef(here);
  hereRef.current = here;
  // The viewport to show once the document it belongs to is open and measurable.
  const pending = useRef<{ documentId: string; viewport: Viewport } | null>(null);
  const target = useRef<{ documentId: string; target: FollowTarget } | null>(null);
  const following = live.following !== null;
  const followingRef = useRef(following);
  followingRef.current = following;

  // Where the followed person goes, this tab goes.
  useEffect(() => {
    let navigatingTo: string | null = null;
    return client.onFollowMove((move) => {
      const current = hereRef.current;
      if (move.viewport) pending.current = { documentId: move.documentId, viewport: move.viewport };
      if (move.documentId === current.documentId) {
        navigatingTo = null;
        const t = target.current;
        if (move.viewport && t?.documentId === move.documentId) t.target.apply(move.viewport);
        return;
      }
      if (navigatingTo === move.documentId) return;
      navigatingTo = move.documentId;
      void pathOf(move.documentId).then((path) => {
        const stillFollowing = client.getSnapshot().following?.userId === move.userId;
        if (path && stillFollowing && navigatingTo === move.documentId) navigate(path);
        else if (!path) navigatingTo = null;
      });
    });
  }, [client, navigate]);

  // Finds the open document's view; applies what is pending; publishes my moves while I lead.
  useEffect(() => {
    const documentId = here.documentId;
    target.current = null;
    if (!documentId) return;
    let stop: (() => void) | undefined;
    const started = Date.now();
    const poll = setInterval(() => {
      const found = findTarget(documentId);
      if (!found) {
        if (Date.now() - started > TARGET_GIVE_UP_MS) clearInterval(poll);
        return;
      }
      clearInterval(poll);
      target.current = { documentId, target: found.target };
      const publish = throttle(() => {
        if (followingRef.current) return;
        const viewport = found.target.read();
        if (viewport) client.publishViewport(documentId, viewport);
      }, PUBLISH_EVERY_MS);
      const reapply = () => {
        const p = pending.current;
        if (followingRef.current && p?.documentId === documentId) found.target.apply(p.viewport);
      };
      reapply();
      const offChange = found.target.onChange(publish);
      // A note grows while it syncs; the follower re-applies so it stays on the leader's passage.
      const resize = found.element ? new ResizeObserver(reapply) : null;
      if (found.element) resize?.observe(found.element);
      publish();
      stop = () => {
        offChange();
        resize?.disconnect();
        publish.cancel();
      };
    }, TARGET_POLL_MS);
    return () => {
      clearInterval(poll);
      stop?.();
      target.current = null;
    };
  }, [client, here.documentId]);

  // Scrolling, clicking or typing myself ends following (the banner offers to resume).
  useEffect(() => {
    if (!following) return;
    const onOwnAction = (event: Event) => {
      if (!event.isTrusted) return;
      const el = event.target instanceof Element ? event.target : null;
      if (el?.closest('[data-live-banner], [data-follow-keep]')) return;
      client.stopFollowing('self');
    };
    const events = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;
    for (const e of events) window.addEventListener(e, onOwnAction, { capture: true, passive: true });
    return () => {
      for (const e of events) window.removeEventListener(e, onOwnAction, { capture: true });
    };
  }, [client, following]);

  return null;
}

function findTarget(documentId: string): { target: FollowTarget; element: HTMLElement | null } | null {
  const registered = registeredFollowTarget(documentId);
  if (registered) return { target: registered, element: null };
  const editor = document.querySelector<HTMLElement>('[data-testid="notes.editor"]');
  return editor ? { target: createNotesFollowTarget(editor), element: editor } : null;
}

const paths = new Map<string, string>();

/** The route of a document (its type decides the editor); null when I may not open it. */
async function pathOf(documentId: string): Promise<string | null> {
  const known = paths.get(documentId);
  if (known) return known;
  try {
    const { document } = await weftApi.getDocument(documentId);
    const path = documentPath(document.workspaceId, document.type, document.id);
    paths.set(documentId, path);
    return path;
  } catch {
    return null;
  }
}

function throttle(fn: () => void, ms: number): (() => void) & { cancel(): void } {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    last = Date.now();
    timer = undefined;
    fn();
  };
  const throttled = () => {
    const wait = last + ms - Date.now();
    if (wait <= 0) run();
    else timer ??= setTimeout(run, wait);
  };
  return Object.assign(throttled, { cancel: () => clearTimeout(timer) });
}
