// A/B/C of the per-socket cost of a broadcast send (issue 21): ws.send with a plain Uint8Array and a
// fresh options object per socket (`old`), one shared Buffer and constant options (`new`, third pass),
// and one frame built once and written as is to every socket (`shared`, fourth pass; what
// server/src/realtime/wsSocket.ts does). Run from bench/: node micro/wsSendCost.mjs [rounds]; the
// variants alternate so load affects all of them. System time is the kernel's share (the write).
import { Sender, WebSocket, WebSocketServer } from 'ws';

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
  shared: () => {
    const b = Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength);
    const wire = Buffer.concat(
      Sender.frame(b, { fin: true, opcode: 2, mask: false, readOnly: false, rsv1: false }),
    );
    for (const s of serverSockets) {
      if (s.bufferedAmount > 1e6) throw 0;
      s._socket.write(wire);
    }
  },
};
const names = Object.keys(variants);
const totals = Object.fromEntries(names.map((n) => [n, 0]));
const system = Object.fromEntries(names.map((n) => [n, 0]));
for (let r = 0; r < ROUNDS; r++) {
  for (const name of r % 2 ? names : [...names].reverse()) {
    const c0 = process.cpuUsage();
    variants[name]();
    const c = process.cpuUsage(c0);
    totals[name] += c.user + c.system;
    system[name] += c.system;
    await new Promise((res) => setImmediate(res));
    await new Promise((res) => setTimeout(res, 1));
  }
}
const perSend = (us) => (us / (ROUNDS * N)).toFixed(2);
for (const k of names)
  console.log(k, perSend(totals[k]), 'µs CPU per send, of which system', perSend(system[k]));
for (const c of clients) c.terminate();
wss.close();
