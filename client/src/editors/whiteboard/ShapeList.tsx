import type { ShapeSnapshot } from '@weft/model';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { WhiteboardController } from './createWhiteboardController.ts';
import { describeShape, indexConnections, shapeName } from './describeShape.ts';
import { nudgeByKey } from './handleKeyDown.ts';
import type { Translate } from './whiteboardStrings.ts';

export interface ShapeListProps {
  controller: WhiteboardController;
  selection: readonly string[];
  open: boolean;
  t: Translate;
  commentCounts: ReadonlyMap<string, number>;
  announce(message: string): void;
}

// Drags change shapes every frame; the list (read by screen readers) catches up a few times a second.
const REFRESH_MS = 150;

function useThrottledShapes(c: WhiteboardController): readonly ShapeSnapshot[] {
  const [shapes, setShapes] = useState<readonly ShapeSnapshot[]>(() => [...c.store.all()]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    setShapes([...c.store.all()]);
    const off = c.store.subscribe(() => {
      if (timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        setShapes([...c.store.all()]);
      }, REFRESH_MS);
    });
    return () => {
      off();
      if (timer !== null) clearTimeout(timer);
    };
  }, [c]);
  return shapes;
}

/**
 * The board as a structured list beside the canvas: one option per shape in stacking order, named
 * by type, text, colour, connections and comments, selected together with the canvas. Screen
 * readers read the board from it; keyboard users pick, edit, move and delete shapes in it.
 */
export function ShapeList({ controller: c, selection, open, t, commentCounts, announce }: ShapeListProps) {
  const shapes = useThrottledShapes(c);
  const listRef = useRef<HTMLDivElement>(null);
  const refocusAt = useRef<number | null>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const titleId = useId();
  const connections = useMemo(() => indexConnections(shapes), [shapes]);
  const selected = new Set(selection);
  const activeId = selection.find((id) => shapes.some((s) => s.id === id)) ?? shapes[0]?.id;

  // Deleting the focused option would drop focus to the page: move it to the option in its place.
  useLayoutEffect(() => {
    const index = refocusAt.current;
    if (index === null || listRef.current?.contains(document.activeElement)) return;
    refocusAt.current = null;
    const next = shapes[Math.min(index, shapes.length - 1)];
    if (next) focusShape(next.id);
    else sectionRef.current?.focus();
  });

  const focusShape = (id: string) => {
    c.select([id]);
    // The option exists already (same list); focus it once React marked it active.
    requestAnimationFrame(() =>
      listRef.current?.querySelector<HTMLElement>(`[data-shape-id="${CSS.escape(id)}"]`)?.focus(),
    );
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>, index: number) => {
    const key = e.key;
    const move = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: shapes.length - 1 }[key];
    if (move !== undefined && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const target = shapes[Math.max(0, Math.min(shapes.length - 1, move))];
      if (target) focusShape(target.id);
    } else if (key.startsWith('Arrow') && (e.ctrlKey || e.metaKey)) {
      if (!c.readOnly && nudgeByKey(c, key, e.shiftKey)) {
        const shape = c.store.get(selection[0] ?? '');
        if (shape) announce(t('announceMoved', { shape: shapeName(shape, t) }));
      }
    } else if (!key.startsWith('Arrow')) {
      if (key === 'Delete' || key === 'Backspace') refocusAt.current = index;
      // Every other board shortcut (Enter, Delete, tools, undo) is the board's, handled above.
      return;
    }
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <section
      ref={sectionRef}
      tabIndex={-1}
      className={`wb-shapes${open ? ' wb-shapes--open' : ''}`}
      aria-labelledby={titleId}
      data-testid="whiteboard.shapeList"
    >
      <h2 id={titleId} className="wb-shapes__title">
        {t('shapeList')}{' '}
        <span className="wb-shapes__count">({t('shapeListCount', { count: shapes.length })})</span>
      </h2>
      {shapes.length === 0 ? (
        <p className="wb-shapes__empty">{t('shapeListEmpty')}</p>
      ) : (
        <div
          ref={listRef}
          role="listbox"
          aria-label={t('shapeList')}
          aria-multiselectable="true"
          className="wb-shapes__list"
        >
          {shapes.map((shape, i) => {
            const d = describeShape(shape, connections, c.store.get, commentCounts.get(shape.id) ?? 0, t);
            const details = [d.colour, d.connections, d.comments].filter(Boolean).join(', ');
            return (
              <div
                key={shape.id}
                role="option"
                aria-selected={selected.has(shape.id)}
                tabIndex={shape.id === activeId ? 0 : -1}
                data-testid="whiteboard.shapeList.item"
                data-shape-id={shape.id}
                className="wb-shapes__item"
                onClick={() => focusShape(shape.id)}
                onKeyDown={(e) => onKeyDown(e, i)}
              >
                <span className="wb-shapes__type">{d.type}: </span>
                <span className="wb-shapes__text">{d.text || t('noText')}</span>
                <span className="wb-shapes__details">. {details}</span>
              </div>
            );
          })}
        </div>
      )}
    </section>
  );
}
