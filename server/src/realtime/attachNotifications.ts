import { type InboxCounts, NotificationEvent } from '@weft/protocol';
import type { Logger } from 'pino';
import type { Server, Socket } from 'socket.io';
import type { AccessEvents } from '../services/AccessEvents.ts';
import type { ActionPlanService } from '../services/ActionPlanService.ts';
import type { CommentChangeEvent, CommentService } from '../services/CommentService.ts';
import type { ExchangeSessionService } from '../services/ExchangeSessionService.ts';
import type { FacilitationService } from '../services/FacilitationService.ts';
import type { VoteService } from '../services/votes/VoteService.ts';
import { presenceRoomOf } from './attachSocketIo.ts';
import type { SocketPrincipal } from './SocketAuth.ts';

/** Every socket of a user joins this room on connect, so a push reaches all their tabs on any node. */
export const userRoomOf = (userId: string) => `user:${userId}`;

export interface NotificationOptions {
  comments: Pick<CommentService, 'inboxCounts' | 'subscribe'>;
  /** Sign-off changes go out as `signoff:changed` to the sockets present in the plan's workspace. */
  plans?: Pick<ActionPlanService, 'subscribe'>;
  /** Session changes go out as `sessions:changed` the same way, so session lists stay current. */
  sessions?: Pick<ExchangeSessionService, 'subscribe'>;
  /** Timer, hands (`facilitation:changed`) and reactions (`session:reaction`) of live sessions, the same way. */
  facilitation?: Pick<FacilitationService, 'subscribe'>;
  /** Vote changes go out as `votes:changed` the same way; clients refetch (results are personal). */
  votes?: Pick<VoteService, 'subscribe'>;
  logger: Logger;
  /** Joining or leaving a workspace changes which threads count, so counts are pushed again. */
  accessEvents?: AccessEvents;
}

/**
 * Inbox counts and comment changes over the existing socket.io server: `inbox:counts` to the
 * user's room on connect and whenever their counts may have moved (coalesced per tick), and
 * `comments:changed` to the sockets present in the thread's workspace.
 */
export function attachNotifications(io: Server, opts: NotificationOptions): { close(): void } {
  const logger = opts.logger.child({ component: 'notifications' });
  const sendCounts = (userId: string) =>
    opts.comments.inboxCounts(userId).then(
      (counts: InboxCounts) => {
        io.to(userRoomOf(userId)).emit(NotificationEvent.inboxCounts, counts);
      },
      (err: unknown) => logger.warn({ err, userId }, 'inbox counts failed'),
    );

  const onConnection = (socket: Socket) => {
    // Set by attachSocketIo's authentication middleware before any connection event.
    const principal = (socket.data as { principal?: SocketPrincipal }).principal;
    if (!principal) return;
    socket.join(userRoomOf(principal.userId));
    opts.comments.inboxCounts(principal.userId).then(
      (counts) => socket.emit(NotificationEvent.inboxCounts, counts),
      (err: unknown) => logger.warn({ err, userId: principal.userId }, 'inbox counts failed'),
    );
  };
  io.on('connection', onConnection);

  const pending = new Set<string>();
  let flushing: NodeJS.Immediate | null = null;
  const flush = () => {
    flushing = null;
    const users = [...pending];
    pending.clear();
    for (const userId of users) void sendCounts(userId);
  };
  const recount = (userIds: readonly string[]) => {
    for (const userId of userIds) pending.add(userId);
    flushing ??= setImmediate(flush);
  };
  const unsubscribe = opts.comments.subscribe((event: CommentChangeEvent) => {
    if (event.thread) {
      io.to(presenceRoomOf(event.thread.workspaceId)).emit(NotificationEvent.commentsChanged, event.thread);
    }
    recount(event.inboxUsers);
  });
  const unsubscribePlans = opts.plans?.subscribe((event) => {
    io.to(presenceRoomOf(event.workspaceId)).emit(NotificationEvent.signOffChanged, event);
  });
  const unsubscribeSessions = opts.sessions?.subscribe((event) => {
    io.to(presenceRoomOf(event.workspaceId)).emit(NotificationEvent.sessionsChanged, event);
  });
  const unsubscribeFacilitation = opts.facilitation?.subscribe((event) => {
    if (event.type === 'changed') {
      io.to(presenceRoomOf(event.state.workspaceId)).emit(NotificationEvent.facilitationChanged, event.state);
    } else {
      io.to(presenceRoomOf(event.reaction.workspaceId)).emit(
        NotificationEvent.sessionReaction,
        event.reaction,
      );
    }
  });
  const unsubscribeVotes = opts.votes?.subscribe((event) => {
    io.to(presenceRoomOf(event.workspaceId)).emit(NotificationEvent.votesChanged, event);
  });
  const unsubscribeAccess = opts.accessEvents?.subscribe((event) => {
    if (event.type === 'membershipChanged') recount([event.userId]);
  });

  return {
    close() {
      unsubscribe();
      unsubscribePlans?.();
      unsubscribeSessions?.();
      unsubscribeFacilitation?.();
      unsubscribeVotes?.();
      unsubscribeAccess?.();
      io.off('connection', onConnection);
      if (flushing) clearImmediate(flushing);
      pending.clear();
    },
  };
}
