import { useRef } from 'react';
import type { WhiteboardController } from './createWhiteboardController.ts';
import { useShapePins } from './useShapePins.ts';
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

  useShapePins(controller, layer, shapeIds, 'bottomRight');

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
