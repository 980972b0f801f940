import { useRef, useState } from 'react';
import { useReturnFocus } from '../components/useReturnFocus.ts';
import type { MessageItem, ThreadItem } from './createThreadStore.ts';
import { FileAttachment } from './FileAttachment.tsx';
import { MentionTextarea } from './MentionTextarea.tsx';
import { fromMarkup, parseBody } from './mentions.ts';
import { TimeAgo } from './TimeAgo.tsx';
import type { CommentsTranslation } from './useCommentsTranslation.ts';
import type { CommentDraft, DocumentComments } from './useDocumentComments.ts';

interface MessageViewProps {
  thread: ThreadItem;
  message: MessageItem;
  comments: DocumentComments;
  tr: CommentsTranslation;
}

/** One message: author, relative time, body with mentions; the author may edit or delete it. */
export function MessageView({ thread, message, comments, tr }: MessageViewProps) {
  const { t, language } = tr;
  const [editing, setEditing] = useState<CommentDraft | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  // Saving or Escape removes the edit box; focus goes back to "Edit", not to the page.
  useReturnFocus(editing !== null, editButton);
  const own = message.authorId === comments.writerId;
  const canChange = comments.canComment && !message.pending && !message.deleted && thread.threadId !== null;

  const save = async () => {
    if (!editing || editing.text.trim() === '') return;
    if (await comments.edit(thread, message.id, editing)) setEditing(null);
  };

  return (
    <li
      className={`message${message.pending ? ' message--pending' : ''}`}
      data-testid="comments.message"
      data-author={message.authorName}
      data-pending={message.pending ? 'true' : 'false'}
    >
      <div className="message__meta">
        <span className="message__author">{message.authorName}</span>
        <TimeAgo iso={message.createdAt} language={language} />
        {message.editedAt && <span className="muted">· {t('comments.edited')}</span>}
        {message.pending && (
          <span className="message__pending" data-testid="comments.message.pending">
            · {t('comments.pending')}
          </span>
        )}
      </div>
      {editing ? (
        <div className="message__edit">
          <MentionTextarea
            draft={editing}
            onChange={setEditing}
            onSubmit={() => void save()}
            onCancel={() => setEditing(null)}
            members={comments.members}
            label={t('comments.edit')}
            listLabel={t('comments.mentionList')}
            placeholder={t('comments.replyPlaceholder')}
            testId="comments.message.editInput"
            autoFocus
          />
          <div className="thread__actions">
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => void save()}
              data-testid="comments.message.save"
            >
              {t('comments.save')}
            </button>
            <button type="button" className="button button--small" onClick={() => setEditing(null)}>
              {t('comments.cancel')}
            </button>
          </div>
        </div>
      ) : message.deleted ? (
        <p className="message__body muted">{t('comments.deleted')}</p>
      ) : (
        <p className="message__body" data-testid="comments.message.body">
          {parseBody(message.body).map((segment, i) =>
            segment.kind === 'text' ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: segments never reorder
              <span key={i}>{segment.text}</span>
            ) : segment.kind === 'file' ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: segments never reorder
              <FileAttachment key={i} name={segment.name} fileId={segment.fileId} tr={tr} />
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: segments never reorder
              <span key={i} className="mention" data-user-id={segment.userId}>
                @{segment.name}
              </span>
            ),
          )}
        </p>
      )}
      {canChange && !editing && (own || comments.isFacilitator) && (
        <div className="message__tools">
          {own && (
            <button
              ref={editButton}
              type="button"
              className="link-button"
              onClick={() => setEditing(fromMarkup(message.body))}
              data-testid="comments.message.edit"
            >
              {t('comments.edit')}
            </button>
          )}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              if (window.confirm(t('comments.deleteConfirm'))) void comments.remove(thread, message.id);
            }}
            data-testid="comments.message.delete"
          >
            {t('comments.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
