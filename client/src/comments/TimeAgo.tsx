import { useEffect, useState } from 'react';
import { formatDateTime } from '../lib/formatDateTime.ts';
import { useSession } from '../session/SessionContext.tsx';

const TICK_MS = 30_000;

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** "5 minutes ago", with the exact time in the reader's own zone on hover. */
export function TimeAgo({ iso, language }: { iso: string; language: string }) {
  const { timeZone } = useSession();
  const now = useNow();
  return (
    <time dateTime={iso} title={formatDateTime(iso, language, timeZone)}>
      {formatDateTime(iso, language, timeZone, 'relative', now)}
    </time>
  );
}
