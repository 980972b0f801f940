import type { Point, ShapeSnapshot } from '@weft/model';
import { readWhiteboard, resolveConnector } from '@weft/model';
import type * as Y from 'yjs';
import type { ActionItemLink } from './actionItemLinks.ts';
import { readActionItemLinks } from './actionItemLinks.ts';
import { boardToScreen } from './camera.ts';
import type { WhiteboardController } from './createWhiteboardController.ts';

/** Read-only view of the board for end-to-end tests (a canvas has no DOM to inspect). */
export interface WhiteboardTestHooks {
  shapes(): ShapeSnapshot[];
  links(): Record<string, ActionItemLink>;
  /** This view's camera (board point at the top-left corner, and zoom). */
  camera(): { x: number; y: number; zoom: number };
  /** Ids of the shapes selected here. */
  selection(): string[];
  /** Where an arrow is drawn: both ends resolved against the shapes they are bound to. */
  connector(id: string): { start: Point; end: Point } | null;
  /** Page (client) coordinates of a board point, to aim the mouse. */
  toClient(p: Point): Point;
}

declare global {
  interface Window {
    __weftWhiteboard?: WhiteboardTestHooks;
  }
}

/** True when the page was opened with `?testHooks`: never set by the app itself. */
export function testHooksRequested(search: string): boolean {
  return new URLSearchParams(search).has('testHooks');
}

/** Installs `window.__weftWhiteboard`; returns the function that removes it again. */
export function exposeTestHooks(
  doc: Y.Doc,
  controller: WhiteboardController,
  canvas: () => HTMLElement | null,
): () => void {
  const hooks: WhiteboardTestHooks = {
    shapes: () => readWhiteboard(doc),
    links: () => Object.fromEntries(readActionItemLinks(doc)),
    selection: () => [...controller.selection],
    camera: () => ({ ...controller.camera }),
    connector(id) {
      const arrow = controller.store.get(id);
      return arrow?.type === 'arrow' ? resolveConnector(arrow, controller.store.get) : null;
    },
    toClient(p) {
      const rect = canvas()?.getBoundingClientRect() ?? { left: 0, top: 0 };
      const s = boardToScreen(controller.camera, p);
      return { x: rect.left + s.x, y: rect.top + s.y };
    },
  };
  window.__weftWhiteboard = hooks;
  return () => {
    if (window.__weftWhiteboard === hooks) delete window.__weftWhiteboard;
  };
}
