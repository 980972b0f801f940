import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** Live figures read when Prometheus scrapes, wired once the server's parts exist. */
export interface MetricsSources {
  wsConnections(): number;
  roomsLoaded(): number;
  socketIoClients(): number;
  /** External services this node depends on, reported 1 (reachable) or 0. */
  dependencies: readonly { name: 'redis' | 'postgres'; isUp(): Promise<boolean> }[];
}

export interface WeftMetrics {
  readonly registry: Registry;
  readonly updatesAppended: Counter;
  readonly appendDuration: Histogram;
  readonly relayFanout: Histogram;
  readonly exportDuration: Histogram<'format'>;
  readonly httpDuration: Histogram<'method' | 'route' | 'status_code'>;
  /** Connects the gauges to the running server. */
  observe(sources: MetricsSources): void;
}

// A dependency that has not answered by then counts as down, so a scrape never hangs on it.
const DEPENDENCY_TIMEOUT_MS = 1000;

async function isUpWithin(check: () => Promise<boolean>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), DEPENDENCY_TIMEOUT_MS);
  });
  try {
    return await Promise.race([check().catch(() => false), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** One registry per server (not prom-client's global one), so tests can run several servers in a process. */
export function createMetrics(): WeftMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  let sources: MetricsSources | undefined;

  new Gauge({
    name: 'weft_ws_connections',
    help: 'Open y-websocket connections',
    registers: [registry],
    collect() {
      this.set(sources?.wsConnections() ?? 0);
    },
  });
  new Gauge({
    name: 'weft_rooms_loaded',
    help: 'Documents loaded in memory',
    registers: [registry],
    collect() {
      this.set(sources?.roomsLoaded() ?? 0);
    },
  });
  new Gauge({
    name: 'weft_socketio_clients',
    help: 'Connected socket.io clients (presence, notifications)',
    registers: [registry],
    collect() {
      this.set(sources?.socketIoClients() ?? 0);
    },
  });
  new Gauge({
    name: 'weft_dependency_up',
    help: 'Whether an external dependency answers (1) or not (0)',
    labelNames: ['dependency'],
    registers: [registry],
    async collect() {
      const deps = sources?.dependencies ?? [];
      const up = await Promise.all(deps.map((d) => isUpWithin(d.isUp)));
      deps.forEach((d, i) => {
        this.set({ dependency: d.name }, up[i] ? 1 : 0);
      });
    },
  });

  return {
    registry,
    updatesAppended: new Counter({
      name: 'weft_updates_appended_total',
      help: 'Document updates appended to storage',
      registers: [registry],
    }),
    appendDuration: new Histogram({
      name: 'weft_append_duration_seconds',
      help: 'Time to append one batch of updates to storage (on the edit path: durable before visible)',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers: [registry],
    }),
    relayFanout: new Histogram({
      name: 'weft_relay_fanout_seconds',
      help: 'Time to write one relayed update to every connection of a document on this node',
      buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.1],
      registers: [registry],
    }),
    exportDuration: new Histogram({
      name: 'weft_export_duration_seconds',
      help: 'Time to render an action plan export, by format',
      labelNames: ['format'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration by method, route and status code',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
      registers: [registry],
    }),
    observe(next) {
      sources = next;
    },
  };
}
