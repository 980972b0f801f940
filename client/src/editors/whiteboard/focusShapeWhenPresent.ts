import { fitBox } from './camera.ts';
import type { WhiteboardController } from './createWhiteboardController.ts';

/**
 * Selects the shape and centres the camera on it, as soon as it is in the board (it may arrive
 * after the page opens, from IndexedDB or the server). Returns the function that stops waiting.
 */
export function focusShapeWhenPresent(controller: WhiteboardController, shapeId: string): () => void {
  let done = false;
  let stop: () => void = () => {};
  const attempt = () => {
    if (done) return;
    const shape = controller.store.get(shapeId);
    const { width, height } = controller.size;
    if (!shape || width === 0) return;
    done = true;
    stop();
    controller.select([shapeId]);
    controller.setCamera(fitBox({ x: shape.x, y: shape.y, w: shape.w, h: shape.h }, width, height));
  };
  stop = controller.store.subscribe(attempt);
  attempt();
  return () => {
    done = true;
    stop();
  };
}
