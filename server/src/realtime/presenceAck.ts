import type { PresenceAck } from '@weft/protocol';

export type PresenceAckError = Extract<PresenceAck, { ok: false }>;
export type AckFn = (res: PresenceAck) => void;

export function ackError(code: string, message: string): PresenceAckError {
  return { ok: false, error: { code, message } };
}

// Clients may emit without an ack callback; their results are simply dropped.
const noAck: AckFn = () => {};

/** socket.io passes the ack as the last argument when the client asked for one. */
export function splitAck(args: readonly unknown[]): { payload: unknown; ack: AckFn } {
  const last = args[args.length - 1];
  if (typeof last === 'function') {
    const ack = last as AckFn;
    return { payload: args.length > 1 ? args[0] : undefined, ack };
  }
  return { payload: args[0], ack: noAck };
}
