import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pino } from 'pino';
import * as Y from 'yjs';
import { loadConfig } from './src/config.ts';
import { openStorage } from './src/storage/openStorage.ts';
import { mergeToSnapshot } from './src/storage/mergeToSnapshot.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compact-probe-'));
const storage = await openStorage(loadConfig({ DATA_DIR: dir }), pino({ level: 'silent' }));
const doc = new Y.Doc();
const updates: Uint8Array[] = [];
doc.on('update', (u: Uint8Array) => updates.push(u));
const text = doc.getText('t');
for (let i = 0; i < 600; i++) text.insert(text.length, `line ${i} ${'x'.repeat(8000)}\n`);
const out: string[] = [];
for (const mode of ['in-thread', 'off-thread']) {
  const id = `doc-${mode}`;
  await storage.docStore.append(updates.map((update) => ({ docId: id, update })));
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  const t0 = performance.now();
  if (mode === 'in-thread') {
    // What compaction did before: the same merge on the main thread.
    const stored = await storage.docStore.load(id);
    mergeToSnapshot(stored?.updates ?? []);
  } else {
    await storage.docStore.compact(id, Number.MAX_SAFE_INTEGER);
  }
  const ms = performance.now() - t0;
  h.disable();
  out.push(`${mode}: ${ms.toFixed(0)} ms total, event loop max delay ${(h.max / 1e6).toFixed(0)} ms`);
}
await storage.close();
fs.rmSync(dir, { recursive: true, force: true });
process.stdout.write(`${out.join('\n')}\n`);
