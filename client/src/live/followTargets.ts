import type { Viewport } from '@weft/protocol';

/** An editor view that followers can read and move: a note's scroll, a whiteboard's camera. */
export interface FollowTarget {
  /** The current view, or null while there is nothing to measure. */
  read(): Viewport | null;
  apply(viewport: Viewport): void;
  /** Calls back whenever the view moved, by the user or by code. */
  onChange(listener: () => void): () => void;
}

// Editors without a DOM view the runtime can find (the whiteboard canvas) hand theirs in here.
const registered = new Map<string, FollowTarget>();

/** Makes `target` the followed view of `documentId` until the returned function is called. */
export function registerFollowTarget(documentId: string, target: FollowTarget): () => void {
  registered.set(documentId, target);
  return () => {
    if (registered.get(documentId) === target) registered.delete(documentId);
  };
}

export function registeredFollowTarget(documentId: string): FollowTarget | null {
  return registered.get(documentId) ?? null;
}

/** The whiteboard camera as a follow target: `{ x, y, zoom }` in board coordinates. */
export function createWhiteboardFollowTarget(controller: {
  readonly camera: { x: number; y: number; zoom: number };
  setCamera(camera: { x: number; y: number; zoom: number }): void;
  onCamera(listener: () => void): () => void;
}): FollowTarget {
  return {
    read: () => ({ x: controller.camera.x, y: controller.camera.y, zoom: controller.camera.zoom }),
    apply: (v) => controller.setCamera({ x: v.x, y: v.y, zoom: v.zoom }),
    onChange: (listener) => controller.onCamera(listener),
  };
}
