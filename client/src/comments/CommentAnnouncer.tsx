import { useEffect, useRef } from 'react';
import { useAnnouncement } from '../components/useAnnouncement.ts';
import { messageIds, newMessagesFromOthers } from './newMessagesFromOthers.ts';
import type { CommentsTranslation } from './useCommentsTranslation.ts';
import type { DocumentComments } from './useDocumentComments.ts';

/**
 * A polite live-region message for comments and replies other people add to the open document
 * (those already there when it opened are not news).
 */
export function useCommentAnnouncement(comments: DocumentComments, tr: CommentsTranslation): string {
  const [message, announce] = useAnnouncement();
  const seen = useRef<Set<string> | null>(null);
  const { threads, loaded, writerId } = comments;
  const { t } = tr;
  useEffect(() => {
    if (!loaded) return;
    if (seen.current === null) {
      seen.current = messageIds(threads);
      return;
    }
    const fresh = newMessagesFromOthers(threads, seen.current, writerId);
    if (fresh.length === 0) return;
    announce(
      fresh
        .map((m) =>
          t(m.reply ? 'comments.announceReply' : 'comments.announceNew', {
            name: m.authorName,
            quote: m.quote,
          }),
        )
        .join('. '),
    );
  }, [threads, loaded, writerId, announce, t]);
  return message;
}

/** The live region itself; mount it once per open document, before anything is said. */
export function CommentAnnouncer({ comments, tr }: { comments: DocumentComments; tr: CommentsTranslation }) {
  const message = useCommentAnnouncement(comments, tr);
  return (
    <p role="status" className="visually-hidden" data-testid="comments.announcement">
      {message}
    </p>
  );
}
