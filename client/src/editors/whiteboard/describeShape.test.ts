import type { ShapeSnapshot } from '@weft/model';
import { describe, expect, it } from 'vitest';
import { createTestI18n } from '../../i18n/testing/createTestI18n.ts';
import { describeShape, indexConnections, shapeName } from './describeShape.ts';

const t = createTestI18n().getFixedT('en', 'whiteboard');

function shape(partial: Partial<ShapeSnapshot> & Pick<ShapeSnapshot, 'id' | 'type'>): ShapeSnapshot {
  return {
    x: 0,
    y: 0,
    w: 100,
    h: 100,
    rotation: 0,
    colour: '#1f2933',
    text: '',
    points: [],
    from: null,
    to: null,
    city: '',
    createdBy: '',
    z: 'a0',
    ...partial,
  };
}

describe('describeShape', () => {
  const sticky = shape({ id: 's', type: 'sticky', colour: '#FFD166', text: 'Reuse  offcuts\n' });
  const box = shape({ id: 'b', type: 'rect', colour: '#f77f00' });
  const arrow = shape({
    id: 'a',
    type: 'arrow',
    from: { x: 0, y: 0, shapeId: 's' },
    to: { x: 9, y: 9, shapeId: 'b' },
  });
  const loose = shape({ id: 'l', type: 'arrow', from: { x: 0, y: 0, shapeId: 'b' }, to: { x: 5, y: 5 } });
  const all = [sticky, box, arrow, loose];
  const lookup = (id: string) => all.find((s) => s.id === id);
  const connections = indexConnections(all);

  it('names the type, the text and the colour by name, never as a hex code', () => {
    const d = describeShape(sticky, connections, lookup, 0, t);
    expect(d).toMatchObject({ type: 'Sticky note', text: 'Reuse  offcuts', colour: 'yellow' });
    expect(describeShape(box, connections, lookup, 0, t).colour).toBe('orange');
    expect(
      describeShape(shape({ id: 'x', type: 'pen', colour: '#123456' }), connections, lookup, 0, t).colour,
    ).toBe('other colour');
  });

  it('says which shapes an arrow connects, and what each shape is connected to', () => {
    expect(describeShape(arrow, connections, lookup, 0, t).connections).toBe(
      'from Sticky note “Reuse offcuts” to Rectangle',
    );
    expect(describeShape(loose, connections, lookup, 0, t).connections).toBe(
      'from Rectangle to a free point',
    );
    expect(describeShape(box, connections, lookup, 0, t).connections).toBe(
      'connected to Sticky note “Reuse offcuts”',
    );
  });

  it('counts comments but says nothing when there are none', () => {
    expect(describeShape(box, connections, lookup, 0, t).comments).toBe('');
    expect(describeShape(box, connections, lookup, 1, t).comments).toBe('1 comment');
    expect(describeShape(box, connections, lookup, 3, t).comments).toBe('3 comments');
  });

  it('shortens long text in a shape name', () => {
    expect(shapeName(shape({ id: 'n', type: 'text', text: 'x'.repeat(60) }), t)).toBe(
      `Text “${'x'.repeat(39)}…”`,
    );
  });
});
