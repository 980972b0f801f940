// Preloaded with `node --import` into a server under test: records every module the process loads
// (ES modules through a loader hook, CommonJS ones from the require cache) and, on SIGUSR2, writes
// their paths, one a line, to the file named by WEFT_TEST_LOADED_MODULES. Test-only; never shipped.
import fs from 'node:fs';
import { createRequire, register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';

const out = process.env.WEFT_TEST_LOADED_MODULES;
if (!out) throw new Error('WEFT_TEST_LOADED_MODULES is not set');

const { port1, port2 } = new MessageChannel();
const loaded = new Set();
port1.on('message', (url) => loaded.add(url.startsWith('file:') ? fileURLToPath(url) : url));
port1.unref();
register('./loadHook.mjs', import.meta.url, { data: { port: port2 }, transferList: [port2] });

const require = createRequire(import.meta.url);
process.on('SIGUSR2', () => {
  const all = new Set([...loaded, ...Object.keys(require.cache)]);
  fs.writeFileSync(`${out}.tmp`, [...all].join('\n'));
  fs.renameSync(`${out}.tmp`, out);
});
