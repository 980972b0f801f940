import { Router } from 'express';

export interface ReadinessCheck {
  name: string;
  check: () => Promise<boolean>;
  /** A degraded optional dependency is reported but does not make the node unready. */
  optional?: boolean;
}

export function healthRoutes(checks: readonly ReadinessCheck[]): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const results = await Promise.all(
      checks.map(async (c) => {
        const ok = await c.check().catch(() => false);
        return [c.name, ok, c.optional ?? false] as const;
      }),
    );
    const ready = results.every(([, ok, optional]) => ok || optional);
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'unavailable',
      checks: Object.fromEntries(results.map(([name, ok]) => [name, ok ? 'ok' : 'failing'])),
    });
  });
  return router;
}
