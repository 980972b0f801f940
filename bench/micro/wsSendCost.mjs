// A/B of the per-socket cost of a broadcast send (issue 21, third pass): ws.send with a plain Uint8Array
// and a fresh options object per socket (before) against one shared Buffer and constant options (after).
// Run from bench/: node micro/wsSendCost.mjs [rounds]; the variants alternate so load affects both.
import { WebSocket, WebSocketServer } from 'ws';

const N = 200,
  ROUNDS = Number(process.argv[2] ?? 1500);
const wss = new WebSocketServer({ port: 0, perMessageDeflate: false });
const serverSockets = [];
wss.on('connection', (ws) => serverSockets.push(ws));
await new Promise((r) => wss.on('listening', r));
const port = wss.address().port;
const clients = [];
for (let i = 0; i < N; i++) {
  const c = new WebSocket(`ws://127.0.0.1:${port}`, { perMessageDeflate: false });
  c.on('message', () => {});
  clients.push(c);
  await new Promise((r) => c.on('open', r));
}
while (serverSockets.length < N) await new Promise((r) => setTimeout(r, 10));
const frame = new Uint8Array(60).fill(7);
const PLAIN = Object.freeze({ compress: false });
const variants = {
  old: () => {
    for (const s of serverSockets) {
      if (s.bufferedAmount > 1e6) throw 0;
      s.send(frame, { compress: false });
    }
  },
  new: () => {
    const b = Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength);
    for (const s of serverSockets) {
      if (s.bufferedAmount > 1e6) throw 0;
      s.send(b, PLAIN);
    }
  },
};
const totals = { old: 0, new: 0 };
for (let r = 0; r < ROUNDS; r++) {
  for (const name of r % 2 ? ['old', 'new'] : ['new', 'old']) {
    const c0 = process.cpuUsage();
    variants[name]();
    const c = process.cpuUsage(c0);
    totals[name] += c.user + c.system;
    await new Promise((res) => setImmediate(res));
    await new Promise((res) => setTimeout(res, 1));
  }
}
for (const k of Object.keys(totals)) console.log(k, (totals[k] / (ROUNDS * N)).toFixed(2), 'µs CPU per send');
for (const c of clients) c.terminate();
wss.close();
