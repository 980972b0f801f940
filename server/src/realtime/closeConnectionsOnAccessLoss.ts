import { CloseCode, canEditDocuments } from '@weft/protocol';
import type { AccessEvents } from '../services/AccessEvents.ts';
import type { YjsWebsocketEndpoint } from './attachYjsWebsocket.ts';

/**
 * Closes open sync connections the moment their access goes: removed members and revoked
 * credentials at once, writers demoted to a read-only role (or whose workspace was archived) so
 * they reconnect read-only.
 * Returns the unsubscribe function.
 */
export function closeConnectionsOnAccessLoss(
  events: AccessEvents,
  endpoint: YjsWebsocketEndpoint,
): () => void {
  return events.subscribe((event) => {
    if (event.type === 'credentialRevoked') {
      for (const conn of endpoint.connectionsOf(event.userId)) {
        if (conn.credentialId === event.credentialId)
          conn.close(CloseCode.unauthorized, 'credentials revoked');
      }
      return;
    }
    if (event.type === 'workspaceArchived') {
      for (const conn of endpoint.all()) {
        if (conn.workspaceId === event.workspaceId && conn.canWrite)
          conn.close(CloseCode.forbidden, 'workspace archived');
      }
      return;
    }
    for (const conn of endpoint.connectionsOf(event.userId)) {
      if (conn.workspaceId !== event.workspaceId) continue;
      if (event.role === null) conn.close(CloseCode.forbidden, 'removed from the workspace');
      else if (conn.canWrite && !canEditDocuments(event.role))
        conn.close(CloseCode.forbidden, 'role changed');
    }
  });
}
