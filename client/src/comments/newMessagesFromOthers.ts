import type { ThreadItem } from './createThreadStore.ts';

export interface NewMessage {
  authorName: string;
  quote: string;
  /** False for the first message of a new thread. */
  reply: boolean;
}

/** Messages other people added since `seen` (message ids); adds what it returns to `seen`. */
export function newMessagesFromOthers(
  threads: readonly ThreadItem[],
  seen: Set<string>,
  selfId: string,
): NewMessage[] {
  const out: NewMessage[] = [];
  for (const thread of threads) {
    thread.messages.forEach((message, index) => {
      if (seen.has(message.id)) return;
      seen.add(message.id);
      if (message.authorId === selfId || message.pending || message.deleted) return;
      out.push({ authorName: message.authorName, quote: thread.quote, reply: index > 0 });
    });
  }
  return out;
}

/** Every message id of the threads, to start from what was there when the document opened. */
export function messageIds(threads: readonly ThreadItem[]): Set<string> {
  return new Set(threads.flatMap((t) => t.messages.map((m) => m.id)));
}
