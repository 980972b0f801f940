import type { DocumentMeta, Workspace } from '@weft/protocol';
import { useMemo } from 'react';
import { weftApi } from '../api/weftApi.ts';
import { useQuery } from '../lib/useQuery.ts';

export interface WorkspaceContextData {
  /** City → zone: every city of the workspace, in its order. */
  cities: Readonly<Record<string, string>>;
  documents: readonly DocumentMeta[];
  documentTitles: ReadonlyMap<string, string>;
  reloadDocuments(): Promise<void>;
}

/** What the live features need to know of a workspace: its cities' zones and its documents. */
export function useWorkspaceContext(
  workspace: Pick<Workspace, 'id' | 'cities'> | null,
): WorkspaceContextData {
  const id = workspace?.id ?? '';
  const docs = useQuery(`documents.${id}`, () =>
    id ? weftApi.listDocuments(id) : Promise.resolve({ documents: [] }),
  );
  const workspaceCities = workspace?.cities;
  const cities = useMemo(
    () => Object.fromEntries((workspaceCities ?? []).map((c) => [c.name, c.timeZone])),
    [workspaceCities],
  );
  const documents = docs.data?.documents ?? [];
  const documentTitles = useMemo(
    () => new Map((docs.data?.documents ?? []).map((d) => [d.id, d.title])),
    [docs.data],
  );
  return { cities, documents, documentTitles, reloadDocuments: docs.reload };
}
