import { useLayoutEffect, useRef } from 'react';
import { boardToScreen } from './camera.ts';
import type { WhiteboardController } from './createWhiteboardController.ts';
import type { WhiteboardStringKey } from './whiteboardStrings.ts';

/** A small link pinned to a shape's bottom-right corner (e.g. "→ action item"). */
export interface ShapeBadge {
  shapeId: string;
  label: string;
  /** Also offered in the shape's context menu under this label. */
  menuLabel?: WhiteboardStringKey;
  /** Accessible name, when the visible label is terse. */
  title?: string;
  href: string;
  onOpen(): void;
}

/**
 * HTML links laid over the canvas, so they are real, focusable links. Positions follow the camera
 * and the shapes imperatively (no React render per frame); only the list of badges is React state.
 */
export function ShapeBadges({
  controller,
  badges,
}: {
  controller: WhiteboardController;
  badges: ShapeBadge[];
}) {
  const layer = useRef<HTMLDivElement>(null);
  // Re-placed whenever the set of badged shapes changes (new elements start unplaced).
  const shapeIds = badges.map((b) => b.shapeId).join(' ');

  useLayoutEffect(() => {
    if (shapeIds === '') return;
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
        const p = boardToScreen(controller.camera, { x: shape.x + shape.w, y: shape.y + shape.h });
        // Hidden when the corner is off screen or the note is too small to carry a label.
        el.hidden =
          p.x < 0 ||
          p.y < 0 ||
          p.x > width + 40 ||
          p.y > height + 20 ||
          shape.w * controller.camera.zoom < 60;
        // Inset 6 px into the shape's corner.
        el.style.transform = `translate(${Math.round(p.x - 6)}px, ${Math.round(p.y - 6)}px) translate(-100%, -100%)`;
      }
    };
    place();
    const stopCamera = controller.onCamera(place);
    const stopStore = controller.store.subscribe(place);
    return () => {
      stopCamera();
      stopStore();
    };
  }, [controller, shapeIds]);

  if (badges.length === 0) return null;
  return (
    <div
      ref={layer}
      style={{ position: 'absolute', inset: 0, pointerEvents: 'none', overflow: 'hidden', zIndex: 1 }}
    >
      {badges.map((b) => (
        <a
          key={b.shapeId}
          href={b.href}
          data-shape-id={b.shapeId}
          data-testid="whiteboard.badge"
          aria-label={b.title ?? b.label}
          title={b.title ?? b.label}
          onClick={(e) => {
            if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
            e.preventDefault();
            b.onOpen();
          }}
          style={{
            position: 'absolute',
            left: 0,
            top: 0,
            padding: '2px 8px',
            borderRadius: 10,
            background: '#1f2933',
            color: '#ffffff',
            font: '600 12px system-ui, sans-serif',
            textDecoration: 'none',
            whiteSpace: 'nowrap',
            pointerEvents: 'auto',
          }}
        >
          {b.label}
        </a>
      ))}
    </div>
  );
}
