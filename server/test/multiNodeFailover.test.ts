import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { provisionEditor } from './helpers/provisionEditor.ts';
import { type Cluster, startCluster } from './helpers/startCluster.ts';
import { startTcpBalancer, type TcpBalancer } from './helpers/tcpBalancer.ts';
import { connectClient, type SyncedClient, waitForSynced } from './helpers/yjsClients.ts';

function items(c: SyncedClient): string[] {
  return c.doc.getArray<string>('items').toArray();
}

describe('several nodes when one dies or all compact', () => {
  let cluster: Cluster;
  let balancer: TcpBalancer | undefined;
  const clients: SyncedClient[] = [];
  const connect = (wsUrl: string, docId: string, token: string) => {
    const c = connectClient(wsUrl, docId, { params: { token } });
    clients.push(c);
    return c;
  };

  beforeEach(async () => {
    cluster = await startCluster();
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await balancer?.close();
    balancer = undefined;
    await cluster.close();
  });

  it('loses nothing any client saw when a node is killed with SIGKILL; its clients move to another node', async () => {
    const a = await cluster.spawnNode();
    const b = await cluster.spawnNode();
    balancer = await startTcpBalancer([a.port]);
    const editor = await provisionEditor(balancer.url);
    const docId = await editor.newDocument();
    // Through the balancer (to node A for now): a writer, and an editor who stays connected.
    const writer = connect(balancer.wsUrl, docId, editor.token);
    const stayer = connect(balancer.wsUrl, docId, editor.token);
    // Directly on node B: a reader who sees the writer's updates only across nodes.
    const reader = connect(b.wsUrl, docId, editor.token);
    await Promise.all([writer, stayer, reader].map((c) => waitForSynced(c)));
    stayer.doc.getText('t').insert(0, 'Ghi chú của Lan');

    let n = 0;
    const pump = setInterval(() => {
      for (let k = 0; k < 5; k++) writer.doc.getArray<string>('items').push([`item-${n++}`]);
    }, 2);
    await vi.waitFor(() => expect(items(reader).length).toBeGreaterThan(300), { timeout: 30_000 });
    // Reconnections may now go to either node; the dead one refuses and is skipped.
    balancer.setUpstreams([a.port, b.port]);
    a.child.kill('SIGKILL');
    clearInterval(pump);
    // The writer is lost with the node: what it had not sent yet cannot count, what others saw must.
    writer.provider.shouldConnect = false;
    expect((await a.exited).signal).toBe('SIGKILL');
    const seen = items(reader);
    expect(seen.length).toBeGreaterThan(300);

    // Node C starts after the crash and knows only what PostgreSQL holds.
    const c = await cluster.spawnNode();
    const fresh = connect(c.wsUrl, docId, editor.token);
    await waitForSynced(fresh);
    const stored = new Set(items(fresh));
    expect(seen.filter((item) => !stored.has(item))).toEqual([]);

    // The editor who stayed reconnects through the balancer to node B and keeps co-editing.
    await vi.waitFor(() => expect(stayer.provider.wsconnected && stayer.provider.synced).toBe(true), {
      timeout: 20_000,
    });
    stayer.doc.getText('t').insert(stayer.doc.getText('t').length, ' — sau sự cố');
    await vi.waitFor(() => expect(reader.text()).toBe('Ghi chú của Lan — sau sự cố'), { timeout: 10_000 });
    await vi.waitFor(() => expect(fresh.text()).toBe('Ghi chú của Lan — sau sự cố'), { timeout: 10_000 });
    expect(items(stayer).length).toBeGreaterThanOrEqual(seen.length);
  }, 600_000);

  it('compacts safely when several nodes compact one document at once, and loads stay consistent', async () => {
    // A tiny threshold makes every node compact the shared log all the time; DOC_IDLE_MS=0 on the
    // probe node makes every probe a fresh load from PostgreSQL (and a compaction on unload).
    const env = { COMPACT_THRESHOLD: '3', LOG_LEVEL: 'debug' };
    const a = await cluster.spawnNode(env);
    const b = await cluster.spawnNode(env);
    const probeNode = await cluster.spawnNode({ ...env, DOC_IDLE_MS: '0' });
    const editor = await provisionEditor(a.url);
    const docId = await editor.newDocument();
    const onA = connect(a.wsUrl, docId, editor.token);
    const onB = connect(b.wsUrl, docId, editor.token);
    await Promise.all([waitForSynced(onA), waitForSynced(onB)]);

    let n = 0;
    const pump = setInterval(() => {
      onA.doc.getArray<string>('items').push([`a-${n}`]);
      onB.doc.getArray<string>('items').push([`b-${n}`]);
      n++;
    }, 5);
    // Each probe is a fresh load while A and B append and compact; a later probe must hold
    // everything an earlier one did (no half-compacted state is ever read).
    let previous = new Set<string>();
    for (let probe = 0; probe < 12; probe++) {
      const p = connectClient(probeNode.wsUrl, docId, { params: { token: editor.token } });
      try {
        await waitForSynced(p);
        const now = new Set(items(p));
        expect([...previous].filter((x) => !now.has(x))).toEqual([]);
        expect(now.size).toBe(items(p).length);
        previous = now;
      } finally {
        p.destroy();
      }
    }
    clearInterval(pump);
    await vi.waitFor(
      () => {
        expect(items(onA).length).toBe(2 * n);
        expect(items(onB)).toEqual(items(onA));
      },
      { timeout: 20_000 },
    );

    const final = connect(probeNode.wsUrl, docId, editor.token);
    await waitForSynced(final);
    expect(items(final)).toEqual(items(onA));

    // Both editing nodes folded the same document, and no compaction failed anywhere.
    const folds = (out: string) =>
      out.split('\n').filter((line) => line.includes('"msg":"compacted"') && !line.includes('"folded":0'));
    expect(folds(a.output()).length).toBeGreaterThan(0);
    expect(folds(b.output()).length).toBeGreaterThan(0);
    for (const node of [a, b, probeNode]) expect(node.output()).not.toContain('compaction failed');
    const db = new pg.Client({ connectionString: cluster.db.url });
    await db.connect();
    try {
      const { rows } = await db.query<{ n: string }>(
        'SELECT count(*) AS n FROM doc_updates WHERE doc_id = $1',
        [docId],
      );
      expect(Number(rows[0]?.n)).toBeLessThan(2 * n);
      const snap = await db.query('SELECT 1 FROM doc_snapshots WHERE doc_id = $1', [docId]);
      expect(snap.rowCount).toBe(1);
    } finally {
      await db.end();
    }
  }, 600_000);
});
