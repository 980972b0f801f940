import type { CommentThreadExport } from '@weft/export/formats';
import type { ActionPlanSnapshot } from '@weft/model';
import type { MessageRecord, ThreadRecord } from '../storage/CommentStore.ts';
import { renderMentions } from './parseMentions.ts';

/**
 * Open threads as the decision trail `exportActionPlan(format, { plan, threads })` prints: each
 * labelled by its plan item's current title (else the quote kept at creation), messages oldest
 * first with author names, mention markup as `@Name`, deleted messages left out.
 */
export function commentThreadsForExport(
  threads: readonly ThreadRecord[],
  messages: readonly MessageRecord[],
  names: ReadonlyMap<string, string>,
  plan?: ActionPlanSnapshot,
): CommentThreadExport[] {
  const titles = new Map((plan?.items ?? []).map((item) => [item.id, item.title]));
  return threads
    .filter((t) => t.resolvedAt === null)
    .map((t) => ({
      anchorLabel: labelOf(t, titles),
      anchorKind: t.anchor.kind === 'planItem' ? ('item' as const) : ('general' as const),
      messages: messages
        .filter((m) => m.threadId === t.id && m.deletedAt === null)
        .map((m) => ({
          author: names.get(m.authorId) ?? '',
          at: new Date(m.createdAt).toISOString(),
          body: renderMentions(m.body),
        })),
    }))
    .filter((t) => t.messages.length > 0);
}

function labelOf(t: ThreadRecord, titles: ReadonlyMap<string, string>): string {
  const title = t.anchor.kind === 'planItem' ? titles.get(t.anchor.itemId) : undefined;
  // Empty: the export names it in the reader's language (an untitled item, general comments).
  return title || t.quote || '';
}
