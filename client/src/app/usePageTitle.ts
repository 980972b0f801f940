import { useEffect } from 'react';
import { weftApi } from '../api/weftApi.ts';
import { useQuery } from '../lib/useQuery.ts';
import { setPlace } from './currentPlace.ts';

const APP_NAME = 'Weft';

/** The tab title from the most specific part to the least: "document — workspace — Weft" (2.4.2). */
export function pageTitle(parts: readonly (string | null | undefined)[]): string {
  return [...parts.map((p) => p?.trim()).filter((p): p is string => !!p), APP_NAME].join(' — ');
}

/** Where one is, for the compact header: the widest known part (the workspace of a document). */
export function placeOf(parts: readonly (string | null | undefined)[]): string {
  return parts.map((p) => p?.trim()).findLast((p): p is string => !!p) ?? '';
}

/** Sets `document.title` while the page is shown; parts not known yet (loading) are left out. */
export function usePageTitle(...parts: (string | null | undefined)[]): void {
  const title = pageTitle(parts);
  const here = placeOf(parts);
  useEffect(() => {
    document.title = title;
    setPlace(here);
  }, [title, here]);
}

/** A workspace's title for page titles, shared with the workspace page's cached query. */
export function useWorkspaceTitle(workspaceId: string): string | undefined {
  const ws = useQuery(`workspace.${workspaceId}`, () => weftApi.getWorkspace(workspaceId));
  return ws.data?.workspace.title;
}
