import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/ApiError.ts';

export interface Query<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  /** True when `data` is the copy kept on this device because the server is unreachable. */
  stale: boolean;
  reload(): Promise<void>;
  setData(update: (current: T | undefined) => T | undefined): void;
}

const CACHE_PREFIX = 'weft.cache.';

function readCache<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(CACHE_PREFIX + key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(key: string, value: unknown): void {
  try {
    localStorage.setItem(CACHE_PREFIX + key, JSON.stringify(value));
  } catch {
    // A full or refused storage only costs the offline copy.
  }
}

/** Removes every offline copy of API answers (on logout). */
export function clearQueryCache(): void {
  try {
    for (const key of Object.keys(localStorage))
      if (key.startsWith(CACHE_PREFIX)) localStorage.removeItem(key);
  } catch {
    // Nothing cached.
  }
}

/**
 * Loads `fetcher()` for `key`; keeps the last answer on this device so pages still open offline
 * (offline-first: the stale copy is shown with `stale: true` rather than an error).
 */
export function useQuery<T>(key: string, fetcher: () => Promise<T>): Query<T> {
  const [data, setDataState] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [stale, setStale] = useState(false);
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;
  const keyRef = useRef(key);
  keyRef.current = key;

  const load = useCallback(async (forKey: string) => {
    setLoading(true);
    try {
      const value = await fetcherRef.current();
      if (keyRef.current !== forKey) return;
      writeCache(forKey, value);
      setDataState(value);
      setError(null);
      setStale(false);
    } catch (err) {
      if (keyRef.current !== forKey) return;
      const apiError = err instanceof ApiError ? err : new ApiError(0, 'offline', String(err));
      const cached = apiError.isOffline ? readCache<T>(forKey) : undefined;
      if (cached !== undefined) {
        setDataState(cached);
        setStale(true);
        setError(null);
      } else {
        setDataState(undefined);
        setError(apiError);
      }
    } finally {
      if (keyRef.current === forKey) setLoading(false);
    }
  }, []);

  useEffect(() => {
    setDataState(undefined);
    void load(key);
  }, [key, load]);

  const setData = useCallback((update: (current: T | undefined) => T | undefined) => {
    setDataState((current) => {
      const next = update(current);
      if (next !== undefined) writeCache(keyRef.current, next);
      return next;
    });
  }, []);

  return { data, error, loading, stale, reload: () => load(keyRef.current), setData };
}
