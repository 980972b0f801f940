import type { Box, ShapeSnapshot } from '@weft/model';
import { compareShapesByZ, getWhiteboardShapes, readShape, shapeBounds } from '@weft/model';
import RBush from 'rbush';
import type * as Y from 'yjs';
import { expandBox } from './culling.ts';

interface Entry {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  id: string;
}

export interface ShapeStore {
  get(id: string): ShapeSnapshot | undefined;
  /** Axis-aligned bounds (padded for stroke widths and arrow heads). */
  bounds(id: string): Box | undefined;
  /** Shapes whose bounds meet `box`, back to front. Uses the R-tree, so cost follows what is visible. */
  query(box: Box): ShapeSnapshot[];
  /** Every shape, back to front. */
  all(): readonly ShapeSnapshot[];
  readonly size: number;
  subscribe(listener: (changed: ReadonlySet<string>) => void): () => void;
  destroy(): void;
}

const PAD = 12;

/**
 * Keeps a plain snapshot of every shape and an R-tree of their bounds, updated incrementally from
 * Yjs events so a change to one shape costs one shape, not a re-read of the whole board.
 */
export function createShapeStore(doc: Y.Doc): ShapeStore {
  const map = getWhiteboardShapes(doc);
  const shapes = new Map<string, ShapeSnapshot>();
  const entries = new Map<string, Entry>();
  const boxes = new Map<string, Box>();
  // arrows bound to each shape, so moving a shape re-indexes the arrows that follow it
  const dependents = new Map<string, Set<string>>();
  const tree = new RBush<Entry>(16);
  const listeners = new Set<(changed: ReadonlySet<string>) => void>();
  let ordered: ShapeSnapshot[] = [];
  let rank = new Map<string, number>();
  let orderDirty = true;
  const lookup = (id: string) => shapes.get(id);

  function bindings(shape: ShapeSnapshot): string[] {
    if (shape.type !== 'arrow') return [];
    return [shape.from?.shapeId, shape.to?.shapeId].filter((id): id is string => !!id);
  }

  function unindex(id: string) {
    const entry = entries.get(id);
    if (entry) tree.remove(entry);
    entries.delete(id);
    boxes.delete(id);
  }

  function index(shape: ShapeSnapshot) {
    unindex(shape.id);
    const box = expandBox(shapeBounds(shape, lookup), PAD);
    const entry = { minX: box.x, minY: box.y, maxX: box.x + box.w, maxY: box.y + box.h, id: shape.id };
    entries.set(shape.id, entry);
    boxes.set(shape.id, box);
    tree.insert(entry);
  }

  function setShape(id: string, next: ShapeSnapshot | null) {
    const prev = shapes.get(id);
    if (prev) for (const target of bindings(prev)) dependents.get(target)?.delete(id);
    if (!next) {
      shapes.delete(id);
      unindex(id);
      orderDirty = true;
      return;
    }
    if (!prev || prev.z !== next.z) orderDirty = true;
    shapes.set(id, next);
    for (const target of bindings(next)) {
      let set = dependents.get(target);
      if (!set) {
        set = new Set();
        dependents.set(target, set);
      }
      set.add(id);
    }
  }

  function loadAll() {
    const items: Entry[] = [];
    map.forEach((value, id) => {
      const s = readShape(id, value);
      if (s) setShape(id, s);
    });
    for (const s of shapes.values()) {
      const box = expandBox(shapeBounds(s, lookup), PAD);
      const entry = { minX: box.x, minY: box.y, maxX: box.x + box.w, maxY: box.y + box.h, id: s.id };
      entries.set(s.id, entry);
      boxes.set(s.id, box);
      items.push(entry);
    }
    tree.load(items);
  }

  const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    const changed = new Set<string>();
    for (const event of events) {
      if (event.target === map) {
        for (const key of event.changes.keys.keys()) changed.add(key);
      } else {
        const id = event.path[0];
        if (typeof id === 'string') changed.add(id);
      }
    }
    for (const id of changed) setShape(id, readShape(id, map.get(id)));
    const reindex = new Set<string>();
    for (const id of changed) {
      reindex.add(id);
      for (const arrow of dependents.get(id) ?? []) reindex.add(arrow);
    }
    for (const id of reindex) {
      const s = shapes.get(id);
      if (s) index(s);
      changed.add(id);
    }
    for (const listener of listeners) listener(changed);
  };

  loadAll();
  map.observeDeep(observer);

  function ensureOrder() {
    if (!orderDirty) return;
    ordered = [...shapes.values()].sort(compareShapesByZ);
    rank = new Map(ordered.map((s, i) => [s.id, i]));
    orderDirty = false;
  }

  return {
    get: (id) => shapes.get(id),
    bounds: (id) => boxes.get(id),
    query(box) {
      ensureOrder();
      const hits = tree.search({ minX: box.x, minY: box.y, maxX: box.x + box.w, maxY: box.y + box.h });
      const out: ShapeSnapshot[] = [];
      for (const hit of hits) {
        const s = shapes.get(hit.id);
        if (s) out.push(s);
      }
      return out.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
    },
    all() {
      ensureOrder();
      // A fresh read of shapes that changed without a z change: refresh the array entries.
      for (let i = 0; i < ordered.length; i++) {
        const current = shapes.get((ordered[i] as ShapeSnapshot).id);
        if (current) ordered[i] = current;
      }
      return ordered;
    },
    get size() {
      return shapes.size;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      map.unobserveDeep(observer);
      listeners.clear();
    },
  };
}
