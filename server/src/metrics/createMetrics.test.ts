import { expect, it } from 'vitest';
import { createMetrics } from './createMetrics.ts';

it('reports each dependency up or down, and a failing check as down rather than failing the scrape', async () => {
  const metrics = createMetrics();
  metrics.observe({
    wsConnections: () => 3,
    roomsLoaded: () => 2,
    socketIoClients: () => 5,
    dependencies: [
      { name: 'redis', isUp: async () => true },
      { name: 'postgres', isUp: () => Promise.reject(new Error('connection refused')) },
    ],
  });
  const body = await metrics.registry.metrics();
  expect(body).toContain('weft_dependency_up{dependency="redis"} 1');
  expect(body).toContain('weft_dependency_up{dependency="postgres"} 0');
  expect(body).toContain('weft_ws_connections 3');
  expect(body).toContain('weft_rooms_loaded 2');
  expect(body).toContain('weft_socketio_clients 5');
});

it('keeps separate registries, so two servers in one process do not collide', async () => {
  const a = createMetrics();
  const b = createMetrics();
  a.updatesAppended.inc(2);
  expect(await b.registry.metrics()).toContain('weft_updates_appended_total 0');
  expect(await a.registry.metrics()).toContain('weft_updates_appended_total 2');
});
