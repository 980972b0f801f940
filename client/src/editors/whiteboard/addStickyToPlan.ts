import { createItem } from '@weft/model';
import {
  type CollabSession,
  createCollabSession,
  type PresenceUser,
} from '../../collab/createCollabSession.ts';
import { stickySourceRef } from './actionItemLinks.ts';

export interface StickyToPlanInput {
  planId: string;
  whiteboardId: string;
  shapeId: string;
  /** The sticky's text; becomes the item title. */
  text: string;
  /** The lead city of the new item: the converting user's city. */
  city: string;
  user: PresenceUser;
  /** Gives up (and says so) when the plan cannot be reached or saved in this time. */
  timeoutMs?: number;
  /** Opens the plan's document; the app's collab session unless a caller passes another. */
  open?: (documentId: string, user: PresenceUser) => CollabSession;
}

export const StickyToPlanError = {
  offline: 'offline',
  denied: 'denied',
  timeout: 'timeout',
} as const;
export type StickyToPlanError = (typeof StickyToPlanError)[keyof typeof StickyToPlanError];

export class StickyToPlanFailure extends Error {
  constructor(readonly code: StickyToPlanError) {
    super(`the action item could not be saved (${code})`);
    this.name = 'StickyToPlanFailure';
  }
}

const MAX_TITLE = 500;

/** Title of the item: the sticky's text on one line, at most 500 characters (never a split pair). */
export function itemTitleFromSticky(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return [...oneLine].slice(0, MAX_TITLE).join('');
}

/** Resolves once `ready()` holds; rejects when the server refuses the plan or time runs out. */
function waitUntil(session: CollabSession, ready: () => boolean, deadline: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (session.getSnapshot().state === 'denied') done(new StickyToPlanFailure(StickyToPlanError.denied));
      else if (ready()) done();
    };
    const unsubscribe = session.subscribe(check);
    // y-websocket reports the first sync apart from the save state.
    session.provider.on('sync', check);
    const timer = setTimeout(
      () => done(new StickyToPlanFailure(StickyToPlanError.timeout)),
      Math.max(0, deadline - Date.now()),
    );
    function done(error?: StickyToPlanFailure) {
      clearTimeout(timer);
      unsubscribe();
      session.provider.off('sync', check);
      if (error) reject(error);
      else resolve();
    }
    check();
  });
}

/**
 * Opens the plan's Y.Doc briefly, appends an item made from the sticky, waits until the server
 * has stored it and closes the plan again. Returns the new item's id.
 */
export async function addStickyToPlan(input: StickyToPlanInput): Promise<string> {
  if (typeof navigator !== 'undefined' && !navigator.onLine) {
    throw new StickyToPlanFailure(StickyToPlanError.offline);
  }
  const deadline = Date.now() + (input.timeoutMs ?? 20_000);
  const session = (input.open ?? createCollabSession)(input.planId, input.user);
  // Working in the background: colleagues in the plan should not see a visitor who is not there.
  session.awareness.setLocalState(null);
  try {
    // Append only after the server's items arrived, so the new one lands after them.
    await waitUntil(session, () => session.provider.synced, deadline);
    const itemId = createItem(session.doc, {
      title: itemTitleFromSticky(input.text),
      leadCity: input.city,
      sourceRef: stickySourceRef(input.whiteboardId, input.shapeId),
    });
    await waitUntil(
      session,
      () => {
        const snapshot = session.getSnapshot();
        return snapshot.state === 'saved' && !snapshot.unsaved;
      },
      deadline,
    );
    return itemId;
  } finally {
    session.destroy();
  }
}
