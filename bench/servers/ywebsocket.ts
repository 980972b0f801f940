// The server half of y-websocket v3: `setupWSConnection` from @y/websocket-server on a ws server.
// It keeps documents in memory only (its LevelDB persistence is opt-in and not built here).
import http from 'node:http';
import { setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';
import { readLauncherEnv } from './readLauncherEnv.ts';

const env = readLauncherEnv();
const wss = new WebSocketServer({ noServer: true });
const server = http.createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('okay');
});
server.on('upgrade', (req, socket, head) => {
  wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req));
});
const stop = () => {
  wss.close();
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.listen(env.port, env.host);
