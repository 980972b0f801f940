import { isVoteTarget, type ShapeSnapshot } from '@weft/model';
import type { CreateVoteRequest, Role, Vote } from '@weft/protocol';
import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../../api/ApiError.ts';
import { screenToBoard } from '../camera.ts';
import type { WhiteboardController } from '../createWhiteboardController.ts';
import { hitTestShape } from '../hitTest.ts';
import type { Translate } from '../whiteboardStrings.ts';
import { useBoardVotes } from './useBoardVotes.ts';
import { VoteDots } from './VoteDots.tsx';
import { VotePanel } from './VotePanel.tsx';
import { stickyLabel } from './voteResultsExport.ts';
import { votesApi } from './votesApi.ts';

const RANK: Record<Role, number> = { viewer: 0, commenter: 1, editor: 2, facilitator: 3 };
// A press that moves further than this is a drag (moving a sticky, panning), not a vote.
const CLICK_SLOP_PX = 6;

export interface BoardVoting {
  /**
   * The "Dot voting" toggle (bottom-right of the board, so the page header keeps its height), the
   * card over the board when shown, and the live region.
   */
  panel: React.ReactNode;
  /** Laid over the canvas: dots and counts on stickies. */
  overlay(controller: WhiteboardController): React.ReactNode;
  /** Counts to draw into PNG/SVG exports: the shown vote once revealed or closed. */
  exportCounts(): ReadonlyMap<string, number>;
}

/** Dot voting on the whiteboard page (docs/voting.md). */
export function useBoardVoting(options: {
  workspaceId: string;
  documentId: string;
  role: Role;
  controller: WhiteboardController | null;
  boardRef: RefObject<HTMLDivElement | null>;
  t: Translate;
}): BoardVoting {
  const { workspaceId, documentId, role, controller, boardRef, t } = options;
  const { current: vote, accept, refresh } = useBoardVotes(workspaceId, documentId);
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [clickMode, setClickMode] = useState(true);
  const [, setTick] = useState(0);
  const canRun = role === 'facilitator';
  const canVote = RANK[role] >= RANK.commenter;

  // Announce what everyone must know: a vote opened, was revealed, was closed.
  const seen = useRef<{ id: string; status: Vote['status'] } | null>(null);
  useEffect(() => {
    const before = seen.current;
    seen.current = vote ? { id: vote.id, status: vote.status } : null;
    if (!vote || (before?.id === vote.id && before.status === vote.status)) return;
    if (before === null && vote.status === 'closed') return;
    if (vote.status === 'open' && before?.id !== vote.id) {
      setAnnouncement(t('voteAnnounceOpened', { title: vote.title, total: vote.dotsPerPerson }));
      if (canVote) setShown(true);
    } else if (vote.status === 'revealed') setAnnouncement(t('voteAnnounceRevealed', { title: vote.title }));
    else if (vote.status === 'closed') setAnnouncement(t('voteAnnounceClosed', { title: vote.title }));
  }, [vote, t, canVote]);

  // The list of stickies follows the board while the card is open.
  useEffect(() => {
    if (!controller || !shown) return;
    return controller.store.subscribe(() => setTick((n) => n + 1));
  }, [controller, shown]);

  const textOf = useCallback(
    (id: string) => {
      const shape = controller?.store.get(id);
      return shape ? stickyLabel(shape.text, t('voteEmptySticky')) : t('voteDeletedSticky');
    },
    [controller, t],
  );
  const targets =
    controller && vote && shown
      ? controller.store
          .all()
          .filter((s) => isVoteTarget(s, vote.area))
          .map((s) => ({ id: s.id, text: textOf(s.id) }))
      : [];

  const run = useCallback(
    async (action: () => Promise<{ vote: Vote }>, after?: (v: Vote) => void) => {
      setBusy(true);
      setMessage(null);
      try {
        const { vote: next } = await action();
        accept(next);
        after?.(next);
      } catch (err) {
        if (err instanceof ApiError && err.status === 409 && vote) {
          // Someone closed it, or all dots are placed (another tab): say which, then catch up.
          setMessage(
            vote.myDots.length >= vote.dotsPerPerson
              ? t('voteNoDotsLeft', { total: vote.dotsPerPerson })
              : t('voteClosedRefused'),
          );
          await refresh();
        } else if (err instanceof ApiError && err.status === 400) setMessage(t('voteNotTarget'));
        else setMessage(t('voteFailed', { message: err instanceof Error ? err.message : String(err) }));
      } finally {
        setBusy(false);
      }
    },
    [accept, refresh, t, vote],
  );

  const cast = useCallback(
    (targetId: string) => {
      if (!vote || vote.status === 'closed') return;
      if (vote.myDots.length >= vote.dotsPerPerson) {
        const text = t('voteNoDotsLeft', { total: vote.dotsPerPerson });
        setMessage(text);
        setAnnouncement(text);
        setShown(true);
        return;
      }
      void run(
        () => votesApi.cast(vote.id, targetId),
        (v) =>
          setAnnouncement(
            t('voteAnnounceCast', { left: v.dotsPerPerson - v.myDots.length, total: v.dotsPerPerson }),
          ),
      );
    },
    [vote, run, t],
  );

  // Click or tap on a sticky of the vote: one more dot (a drag stays a drag). Only while the card
  // is shown, so hiding it gives the board its plain clicks back. The listeners stay put and read
  // the latest state from a ref: re-registering on every vote update (each dot anyone places)
  // would drop a press that started before the update.
  const clickState = useRef({ vote, canVote, clickMode, shown, cast });
  clickState.current = { vote, canVote, clickMode, shown, cast };
  useEffect(() => {
    const board = boardRef.current;
    if (!board || !controller) return;
    let down: { x: number; y: number; id: number } | null = null;
    const onDown = (e: PointerEvent) => {
      down =
        (e.target as HTMLElement).tagName === 'CANVAS' && e.button === 0
          ? { x: e.clientX, y: e.clientY, id: e.pointerId }
          : null;
    };
    const onUp = (e: PointerEvent) => {
      const start = down;
      down = null;
      const { vote: v, canVote: may, clickMode: on, shown: open, cast: place } = clickState.current;
      if (!start || start.id !== e.pointerId || !v || v.status === 'closed' || !may || !on || !open) return;
      if (Math.hypot(e.clientX - start.x, e.clientY - start.y) > CLICK_SLOP_PX) return;
      const canvas = board.querySelector('canvas');
      if (!canvas) return;
      const box = canvas.getBoundingClientRect();
      const p = screenToBoard(controller.camera, { x: e.clientX - box.left, y: e.clientY - box.top });
      const near = controller.store.query({ x: p.x - 1, y: p.y - 1, w: 2, h: 2 });
      const hit = topmostTarget(near, p, v, controller);
      if (hit) place(hit.id);
    };
    board.addEventListener('pointerdown', onDown, true);
    board.addEventListener('pointerup', onUp, true);
    return () => {
      board.removeEventListener('pointerdown', onDown, true);
      board.removeEventListener('pointerup', onUp, true);
    };
  }, [boardRef, controller]);

  const takeBack = useCallback(
    (targetId: string) => {
      if (!vote || vote.status === 'closed') return;
      void run(
        () => votesApi.takeBack(vote.id, targetId),
        (v) =>
          setAnnouncement(
            t('voteAnnounceTakenBack', { left: v.dotsPerPerson - v.myDots.length, total: v.dotsPerPerson }),
          ),
      );
    },
    [vote, run, t],
  );

  // Keyboard: with one sticky of the vote selected (Tab on the canvas, or the shape list), D places
  // a dot and Shift+D takes one back. No board shortcut uses a plain D.
  useEffect(() => {
    const board = boardRef.current;
    if (!board || !controller || !vote || vote.status === 'closed' || !canVote) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'd' || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement;
      if (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT' || target.isContentEditable) return;
      const [id, ...more] = [...controller.selection];
      const shape = id && more.length === 0 ? controller.store.get(id) : undefined;
      if (!shape || !isVoteTarget(shape, vote.area)) return;
      e.preventDefault();
      e.stopPropagation();
      if (e.shiftKey) takeBack(shape.id);
      else cast(shape.id);
    };
    board.addEventListener('keydown', onKey, true);
    return () => board.removeEventListener('keydown', onKey, true);
  }, [boardRef, controller, vote, canVote, cast, takeBack]);

  const exportCounts = useCallback(
    () => new Map((vote?.results ?? []).map((r) => [r.targetId, r.count] as const)),
    [vote],
  );

  const overlay = useCallback(
    (c: WhiteboardController) => (vote ? <VoteDots controller={c} vote={vote} t={t} /> : null),
    [vote, t],
  );

  const toggle = useMemo(
    () =>
      canRun || vote ? (
        <button
          type="button"
          className="button button--small vote-toggle"
          aria-expanded={shown}
          onClick={() => setShown((s) => !s)}
          data-testid="vote.toggle"
        >
          {t('voteButton')}
          {vote && vote.status !== 'closed' && canVote
            ? ` · ${vote.dotsPerPerson - vote.myDots.length}/${vote.dotsPerPerson}`
            : ''}
        </button>
      ) : null,
    [canRun, canVote, vote, shown, t],
  );

  const panel = (
    <>
      {toggle}
      <p role="status" aria-live="polite" className="visually-hidden" data-testid="vote.announcement">
        {announcement}
      </p>
      {shown && (
        <VotePanel
          vote={vote}
          canRun={canRun}
          canVote={canVote}
          targets={targets}
          textOf={textOf}
          selectionArea={() => {
            const box = controller?.selectionBounds() ?? null;
            // A little slack so stickies on the selection's edge count as inside.
            return box ? { x: box.x - 8, y: box.y - 8, w: box.w + 16, h: box.h + 16 } : null;
          }}
          message={message}
          busy={busy}
          clickMode={clickMode}
          onClickMode={setClickMode}
          onStart={(req: CreateVoteRequest) => void run(() => votesApi.create(documentId, req))}
          onReveal={() => vote && void run(() => votesApi.reveal(vote.id))}
          onClose={() => vote && void run(() => votesApi.close(vote.id))}
          onDelete={() => {
            if (!vote) return;
            void votesApi
              .remove(vote.id)
              .then(refresh, (err: unknown) =>
                setMessage(t('voteFailed', { message: err instanceof Error ? err.message : String(err) })),
              );
          }}
          onCast={cast}
          onTakeBack={(targetId) =>
            vote &&
            void run(
              () => votesApi.takeBack(vote.id, targetId),
              (v) =>
                setAnnouncement(
                  t('voteAnnounceTakenBack', {
                    left: v.dotsPerPerson - v.myDots.length,
                    total: v.dotsPerPerson,
                  }),
                ),
            )
          }
          onHide={() => setShown(false)}
          t={t}
        />
      )}
    </>
  );

  return { panel, overlay, exportCounts };
}

/** The sticky of the vote drawn on top at `p`, if any. */
function topmostTarget(
  shapes: readonly ShapeSnapshot[],
  p: { x: number; y: number },
  vote: Vote,
  controller: WhiteboardController,
): ShapeSnapshot | null {
  // `query()` is back to front, so the last hit is the one on top.
  let hit: ShapeSnapshot | null = null;
  for (const s of shapes) {
    if (isVoteTarget(s, vote.area) && hitTestShape(s, p, 0, controller.store.get)) hit = s;
  }
  return hit;
}
