export const DocBusKind = {
  update: 1,
  awareness: 2,
} as const;
export type DocBusKind = (typeof DocBusKind)[keyof typeof DocBusKind];

export interface DocBusMessage {
  kind: DocBusKind;
  /** A Yjs update (already durable) or an awareness update. */
  payload: Uint8Array;
}

export type DocBusHandler = (message: DocBusMessage) => void;

/**
 * Carries document updates and awareness between server nodes. A node never receives its own
 * messages back. Delivery is best effort: after a reconnect, `onResync` handlers reload from storage.
 */
export interface DocBus {
  readonly nodeId: string;
  subscribe(docId: string, handler: DocBusHandler): Promise<void>;
  unsubscribe(docId: string): Promise<void>;
  publish(docId: string, message: DocBusMessage): void;
  /** Called after the bus reconnected and messages may have been missed. */
  onResync(handler: () => void): void;
  close(): Promise<void>;
}
