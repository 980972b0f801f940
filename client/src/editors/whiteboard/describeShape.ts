import type { ShapeSnapshot, ShapeType } from '@weft/model';
import { colourNameKey } from './colourNames.ts';
import type { Translate, WhiteboardStringKey } from './whiteboardStrings.ts';

const TYPE_KEYS: Record<ShapeType, WhiteboardStringKey> = {
  sticky: 'typeSticky',
  rect: 'typeRect',
  ellipse: 'typeEllipse',
  text: 'typeText',
  arrow: 'typeArrow',
  pen: 'typePen',
  image: 'typeImage',
};

export interface ShapeDescription {
  type: string;
  text: string;
  colour: string;
  /** Arrows: where they lead; other shapes: the shapes arrows connect them with. */
  connections: string;
  comments: string;
}

/** A shape's type and first line of text, e.g. `Sticky note “Reuse offcuts”`, to name it elsewhere. */
export function shapeName(shape: ShapeSnapshot, t: Translate): string {
  const type = t(TYPE_KEYS[shape.type]);
  const line = shape.text.replace(/\s+/g, ' ').trim();
  if (!line) return type;
  return `${type} “${line.length > 40 ? `${line.slice(0, 39)}…` : line}”`;
}

function connectorEnd(
  shape: ShapeSnapshot,
  side: 'from' | 'to',
  lookup: (id: string) => ShapeSnapshot | undefined,
  t: Translate,
) {
  const id = shape[side]?.shapeId;
  const target = id ? lookup(id) : undefined;
  return target ? shapeName(target, t) : t('arrowFreeEnd');
}

/** For each shape, the shapes arrows connect it with; built once per list render, not per shape. */
export function indexConnections(all: readonly ShapeSnapshot[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = index.get(a);
    if (list) list.push(b);
    else index.set(a, [b]);
  };
  for (const s of all) {
    const from = s.type === 'arrow' ? s.from?.shapeId : undefined;
    const to = s.type === 'arrow' ? s.to?.shapeId : undefined;
    if (from && to) {
      link(from, to);
      link(to, from);
    }
  }
  return index;
}

/**
 * What the accessible shape list says of a shape: type, text, colour by name, connections and
 * comment count (empty when there are none, so "0 comments" is never read out).
 */
export function describeShape(
  shape: ShapeSnapshot,
  connected: ReadonlyMap<string, readonly string[]>,
  lookup: (id: string) => ShapeSnapshot | undefined,
  commentCount: number,
  t: Translate,
): ShapeDescription {
  let connections = '';
  if (shape.type === 'arrow') {
    connections = t('arrowConnects', {
      from: connectorEnd(shape, 'from', lookup, t),
      to: connectorEnd(shape, 'to', lookup, t),
    });
  } else {
    const names = (connected.get(shape.id) ?? [])
      .map((id) => lookup(id))
      .filter((s): s is ShapeSnapshot => s !== undefined)
      .map((s) => shapeName(s, t));
    if (names.length > 0) connections = t('connectedTo', { names: names.join(', ') });
  }
  return {
    type: t(TYPE_KEYS[shape.type]),
    text: shape.text.trim(),
    colour: t(colourNameKey(shape.colour)),
    connections,
    comments: commentCount === 0 ? '' : t('comments', { count: commentCount }),
  };
}
