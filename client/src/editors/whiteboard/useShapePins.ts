import { type RefObject, useLayoutEffect } from 'react';
import { boardToScreen } from './camera.ts';
import type { WhiteboardController } from './createWhiteboardController.ts';

/** Which corner of its shape a pinned element sits in (inset into the shape). */
export type PinCorner = 'topRight' | 'bottomRight' | 'topLeft';

/**
 * Keeps every `[data-shape-id]` element under `layer` on its shape's corner, following the camera
 * and the shapes imperatively (no React render per frame). `key` changes when the set of pinned
 * shapes does, so new elements get placed.
 */
export function useShapePins(
  controller: WhiteboardController,
  layer: RefObject<HTMLElement | null>,
  key: string,
  corner: PinCorner,
): void {
  useLayoutEffect(() => {
    if (key === '') return;
    const place = () => {
      const root = layer.current;
      if (!root) return;
      for (const el of root.querySelectorAll<HTMLElement>('[data-shape-id]')) {
        const shape = controller.store.get(el.dataset.shapeId ?? '');
        const { width, height } = controller.size;
        if (!shape) {
          el.hidden = true;
          continue;
        }
        const top = corner !== 'bottomRight';
        const left = corner === 'topLeft';
        const p = boardToScreen(controller.camera, {
          x: left ? shape.x : shape.x + shape.w,
          y: top ? shape.y : shape.y + shape.h,
        });
        // Hidden when the corner is off screen or the shape is too small to carry a label.
        el.hidden =
          p.x < (left ? -40 : 0) ||
          p.y < 0 ||
          p.x > width + 40 ||
          p.y > height + 20 ||
          shape.w * controller.camera.zoom < 60;
        // Inset 6 px into the shape's corner.
        const dy = top ? Math.round(p.y + 6) : Math.round(p.y - 6);
        el.style.transform = left
          ? `translate(${Math.round(p.x + 6)}px, ${dy}px)`
          : `translate(${Math.round(p.x - 6)}px, ${dy}px) translate(-100%, ${top ? '0' : '-100%'})`;
      }
    };
    place();
    const stopCamera = controller.onCamera(place);
    const stopStore = controller.store.subscribe(place);
    return () => {
      stopCamera();
      stopStore();
    };
  }, [controller, layer, key, corner]);
}
