import { clearQueryCache } from './useQuery.ts';

/**
 * Drops the API answers kept for the signed-out user. Local document copies (IndexedDB) stay:
 * they may hold edits the server has not seen yet, and losing typed text is worse.
 */
export async function clearOfflineCaches(): Promise<void> {
  clearQueryCache();
}
