import { useCallback, useState } from 'react';

/**
 * Text for a polite live region and the function that sets it. Saying the same thing twice in a
 * row still changes the region (a trailing no-break space toggles), so it is announced again.
 */
export function useAnnouncement(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const announce = useCallback(
    (next: string) => setMessage((current) => (current === next ? `${next}\u00a0` : next)),
    [],
  );
  return [message, announce];
}
