import { hocuspocusProtocol } from './hocuspocusProtocol.ts';
import type { SyncClientProtocol } from './SyncClientProtocol.ts';
import { yWebsocketProtocol } from './yWebsocketProtocol.ts';

/** A protocol named by plain data, so reader threads can build the same one the main thread uses. */
export type ProtocolId = { dialect: 'y-websocket'; pathPrefix: string } | { dialect: 'hocuspocus' };

export function protocolById(id: ProtocolId): SyncClientProtocol {
  return id.dialect === 'hocuspocus' ? hocuspocusProtocol() : yWebsocketProtocol(id.pathPrefix);
}
