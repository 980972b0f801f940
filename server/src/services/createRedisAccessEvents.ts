import { randomUUID } from 'node:crypto';
import { roleSchema } from '@weft/protocol';
import type { Logger } from 'pino';
import type { RedisClientType } from 'redis';
import { z } from 'zod';
import type { AccessEvents } from './AccessEvents.ts';
import { createLocalAccessEvents } from './createLocalAccessEvents.ts';

// Node-to-node only; a frame that does not parse (another version, garbage) is dropped.
const frameSchema = z.object({
  node: z.string(),
  event: z.discriminatedUnion('type', [
    z.object({
      type: z.literal('membershipChanged'),
      workspaceId: z.string(),
      userId: z.string(),
      role: roleSchema.nullable(),
    }),
    z.object({ type: z.literal('credentialRevoked'), userId: z.string(), credentialId: z.string() }),
    z.object({ type: z.literal('workspaceArchived'), workspaceId: z.string() }),
  ]),
});

export interface RedisAccessEventsOptions {
  publisher: RedisClientType;
  /** May be shared with other subscriptions (the document bus). */
  subscriber: RedisClientType;
  channel: string;
  logger: Logger;
}

/**
 * AccessEvents across nodes: listeners on this node run at once, as with the local version, and
 * the event goes through Redis pub/sub to every other node, so a member removed through node A
 * loses their sync connections on node B too. During a Redis outage other nodes miss the event;
 * the affected connections are then re-authorised when they reconnect.
 */
export function createRedisAccessEvents(opts: RedisAccessEventsOptions): AccessEvents & { close(): void } {
  const local = createLocalAccessEvents(opts.logger);
  const node = randomUUID();
  const listener = (message: string) => {
    let parsed: z.infer<typeof frameSchema>;
    try {
      parsed = frameSchema.parse(JSON.parse(message));
    } catch (err) {
      opts.logger.warn({ err }, 'ignored an unreadable access event from Redis');
      return;
    }
    if (parsed.node !== node) local.publish(parsed.event);
  };
  const subscribe = () => {
    opts.subscriber.subscribe(opts.channel, listener).catch(() => {
      // Retried on the next 'ready'.
    });
  };
  opts.subscriber.on('ready', subscribe);
  if (opts.subscriber.isReady) subscribe();

  return {
    publish(event) {
      local.publish(event);
      opts.publisher.publish(opts.channel, JSON.stringify({ node, event })).catch((err: unknown) => {
        opts.logger.warn({ err, event }, 'access event not sent to other nodes (Redis unavailable)');
      });
    },
    subscribe: local.subscribe,
    close() {
      opts.subscriber.off('ready', subscribe);
    },
  };
}
