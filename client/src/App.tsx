import { useEffect, useState } from 'react';

type Health = 'checking' | 'ok' | 'unreachable';

export function App() {
  const [health, setHealth] = useState<Health>('checking');

  useEffect(() => {
    fetch('/readyz')
      .then((res) => setHealth(res.ok ? 'ok' : 'unreachable'))
      .catch(() => setHealth('unreachable'));
  }, []);

  return (
    <main>
      <h1>Weft</h1>
      <p>Real-time collaborative workspace for city-to-city learning exchanges.</p>
      <p data-testid="server.status">Server: {health}</p>
    </main>
  );
}
