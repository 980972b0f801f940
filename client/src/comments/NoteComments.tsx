import type { Editor } from '@tiptap/core';
import { createTextAnchor } from '@weft/model/commentAnchors';
import type { CommentAnchor, Role } from '@weft/protocol';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { useSearchParams } from '../app/router.tsx';
import { CommentAnnouncer } from './CommentAnnouncer.tsx';
import { CommentIcon } from './CommentIcon.tsx';
import { CommentsPanel } from './CommentsPanel.tsx';
import { commentHighlightsKey, createCommentHighlightsPlugin } from './commentHighlights.ts';
import { COMMENT_QUOTE_MAX } from './limits.ts';
import { noteHighlights, sameStates } from './noteHighlights.ts';
import { textOffsetAt } from './noteTextOffsets.ts';
import type { AnchorState } from './ThreadCard.tsx';
import { useCommentsTranslation } from './useCommentsTranslation.ts';
import { useDocumentComments } from './useDocumentComments.ts';
import './comments.css';

/** What the notes toolbar calls once the comments layer is loaded. */
export interface NoteCommentsHandle {
  startComment(): void;
}

interface NoteCommentsProps {
  editor: Editor;
  ydoc: Y.Doc;
  /** The note's TipTap fragment (`getNoteFragment`), passed in so @weft/model's index stays out of this chunk. */
  fragment: Y.XmlFragment;
  workspaceId: string;
  documentId: string;
  role: Role;
  onReady(handle: NoteCommentsHandle | null): void;
}

interface Composing {
  anchor: CommentAnchor & { kind: 'text' };
  quote: string;
}

const NEW_KEY = 'new';

/**
 * Comments of a note, loaded after the editor is up: highlights, the side panel, Comment
 * (toolbar and Ctrl/Cmd+Alt+M) on the selected text, and `?thread=<id>` links from the inbox.
 */
export function NoteComments({
  editor,
  ydoc,
  fragment,
  workspaceId,
  documentId,
  role,
  onReady,
}: NoteCommentsProps) {
  const tr = useCommentsTranslation();
  const { t } = tr;
  const comments = useDocumentComments(workspaceId, documentId, role);
  const { threads } = comments;
  const [open, setOpen] = useState(false);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [composing, setComposing] = useState<Composing | null>(null);
  const [states, setStates] = useState<Map<string, AnchorState>>(() => new Map());
  const [hint, setHint] = useState<string | null>(null);
  const ranges = useRef(new Map<string, { from: number; to: number }>());
  const [params, setParams] = useSearchParams();
  const linked = params.get('thread');

  useEffect(() => {
    if (!linked) return;
    setOpen(true);
    setActiveKey(linked);
  }, [linked]);

  const activeThread = threads.find((th) => th.key === activeKey);
  const { markRead } = comments;
  useEffect(() => {
    if (open && activeThread?.unread) markRead(activeThread);
  }, [open, activeThread, markRead]);

  const startComment = useCallback(() => {
    const { from, to, empty } = editor.state.selection;
    setOpen(true);
    const doc = editor.state.doc;
    const index = textOffsetAt(doc, from);
    const length = textOffsetAt(doc, to) - index;
    if (empty || length < 1) {
      setHint(t('comments.selectFirst'));
      return;
    }
    try {
      const positions = createTextAnchor(fragment, index, length);
      const quote = doc.textBetween(from, to, ' ', ' ').slice(0, COMMENT_QUOTE_MAX);
      setComposing({ anchor: { kind: 'text', ...positions }, quote });
      setActiveKey(NEW_KEY);
      setHint(null);
    } catch {
      // The Y.Doc lags the editor for a moment after typing; the writer can simply try again.
      setHint(t('comments.selectFirst'));
    }
  }, [editor, fragment, t]);

  const startRef = useRef(startComment);
  startRef.current = startComment;
  useEffect(() => {
    onReady({ startComment: () => startRef.current() });
    return () => onReady(null);
  }, [onReady]);

  // Ctrl/Cmd+Alt+M while the selection is in the note (read-only views take no key events).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.code !== 'KeyM') return;
      const selection = window.getSelection();
      const inNote = selection?.anchorNode && editor.view.dom.contains(selection.anchorNode);
      if (!inNote && !editor.isFocused) return;
      event.preventDefault();
      startRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [editor]);

  // A click on highlighted text opens its thread.
  useEffect(() => {
    const dom = editor.view.dom;
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const key = target?.closest('[data-comment-thread]')?.getAttribute('data-comment-thread');
      if (!key || key === NEW_KEY || !editor.state.selection.empty) return;
      setOpen(true);
      setActiveKey(key);
    };
    dom.addEventListener('click', onClick);
    return () => dom.removeEventListener('click', onClick);
  }, [editor]);

  const highlighted = useMemo(() => {
    const list = threads.map((th) => ({
      key: th.key,
      anchor: th.anchor,
      resolved: th.resolved,
      unread: th.unread,
    }));
    if (composing) list.push({ key: NEW_KEY, anchor: composing.anchor, resolved: false, unread: false });
    return list;
  }, [threads, composing]);

  useEffect(() => {
    if (editor.isDestroyed) return;
    editor.registerPlugin(createCommentHighlightsPlugin());
    return () => {
      if (!editor.isDestroyed) editor.unregisterPlugin(commentHighlightsKey);
    };
  }, [editor]);

  // Highlights follow every change of the note and of the threads (one pass per frame).
  useEffect(() => {
    let frame = 0;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let retriesLeft = 8;
    const recompute = () => {
      frame = 0;
      if (editor.isDestroyed) return;
      const result = noteHighlights(ydoc, editor.state.doc, highlighted, activeKey);
      ranges.current = result.ranges;
      editor.view.dispatch(editor.state.tr.setMeta(commentHighlightsKey, result.highlights));
      setStates((prev) => (sameStates(prev, result.states) ? prev : result.states));
      // An anchor the editor has not caught up with yet may get no further transaction: look again.
      clearTimeout(retry);
      if (retriesLeft > 0 && [...result.states.values()].includes('missing')) {
        retriesLeft--;
        retry = setTimeout(schedule, 250);
      }
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(recompute);
    };
    const onTransaction = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (!transaction.docChanged) return;
      retriesLeft = 8;
      schedule();
    };
    schedule();
    editor.on('transaction', onTransaction);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(retry);
      editor.off('transaction', onTransaction);
    };
  }, [editor, ydoc, highlighted, activeKey]);

  const activate = (key: string) => {
    setActiveKey(key);
    const range = ranges.current.get(key);
    if (!range || editor.isDestroyed) return;
    const { node } = editor.view.domAtPos(range.from);
    const element = node instanceof Element ? node : node.parentElement;
    element?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

  const close = () => {
    setOpen(false);
    setComposing(null);
    setActiveKey(null);
    setHint(null);
    if (linked) {
      const next = new URLSearchParams(params);
      next.delete('thread');
      setParams(next, { replace: true });
    }
  };

  const openThreads = threads.filter((th) => !th.resolved);
  const unread = openThreads.some((th) => th.unread);

  if (!open) {
    return (
      <div className="comments-rail">
        <CommentAnnouncer comments={comments} tr={tr} />
        <button
          type="button"
          className={`comments-toggle${unread ? ' comments-toggle--unread' : ''}`}
          onClick={() => setOpen(true)}
          aria-label={`${t('comments.toggle')} · ${t('comments.openCount', { count: openThreads.length })}`}
          data-testid="comments.toggle"
          data-count={openThreads.length}
        >
          <CommentIcon />
          <span>{openThreads.length}</span>
        </button>
      </div>
    );
  }

  return (
    <div className="comments-column">
      <CommentAnnouncer comments={comments} tr={tr} />
      {hint && (
        <p className="notice notice--info comments-hint" role="status" data-testid="comments.hint">
          {hint}
        </p>
      )}
      <CommentsPanel
        comments={comments}
        tr={tr}
        threads={threads}
        activeKey={activeKey}
        onActivate={activate}
        anchorStateOf={(th) => states.get(th.key) ?? 'ok'}
        composer={
          composing && {
            quote: composing.quote,
            onSubmit: (draft) => {
              void comments.createThread(composing.anchor, composing.quote, draft);
              setComposing(null);
              setActiveKey(null);
            },
            onCancel: () => {
              setComposing(null);
              setActiveKey(null);
            },
          }
        }
        onClose={close}
      />
    </div>
  );
}
