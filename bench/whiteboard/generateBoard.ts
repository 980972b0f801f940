import { addShape, keysAboveAll, type NewShape } from '@weft/model';
import * as Y from 'yjs';

const PHRASES = [
  'Textile waste collection points',
  'Thu gom vải vụn tại làng nghề',
  'Hergebruik van restpartijen',
  'Water use in dyeing — Nước thải nhuộm',
  'Circular design workshop with SMEs',
  'Traceability pilot for cotton',
  'Repair cafés in every district',
  'Tái chế sợi polyester',
  'Public procurement of recycled uniforms',
  'Kinderarbeid uitsluiten in de keten',
  'कपड़ा पुनर्चक्रण',
  'Energy audit of garment factories',
];
const CITIES = ['Ghent', 'Đà Nẵng', 'Huế', 'Pune'];
const COLOURS = ['#1f2933', '#d62828', '#2a9d8f', '#1d4ed8'];

/** Deterministic PRNG (mulberry32) so every run benchmarks the same board. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A board of `count` shapes on a grid of 260-unit cells (about 26,000 x 13,000 units for 5,000):
 * mostly sticky notes with text, plus rectangles, ellipses, text, pen strokes and arrows bound to
 * neighbouring shapes. Returns the Yjs update that builds it.
 */
export function generateBoard(count: number, seed = 7): Uint8Array {
  const doc = new Y.Doc();
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const columns = Math.ceil(Math.sqrt(count * 2));
  const keys = keysAboveAll(doc, count);
  const ids: string[] = [];
  doc.transact(() => {
    for (let i = 0; i < count; i++) {
      const x = (i % columns) * 260 + rnd() * 30;
      const y = Math.floor(i / columns) * 260 + rnd() * 30;
      const roll = rnd();
      const city = pick(CITIES);
      const z = keys[i] as string;
      let shape: NewShape;
      if (roll < 0.6) {
        shape = {
          type: 'sticky',
          x,
          y,
          text: `${pick(PHRASES)} #${i}`,
          colour: pick(['#ffd166', '#8ecae6', '#b5e48c', '#ffadad']),
          city,
        };
      } else if (roll < 0.72) {
        shape = { type: 'rect', x, y, w: 200, h: 120, text: pick(PHRASES), colour: pick(COLOURS), city };
      } else if (roll < 0.82) {
        shape = { type: 'ellipse', x, y, w: 200, h: 120, text: pick(PHRASES), colour: pick(COLOURS), city };
      } else if (roll < 0.87) {
        shape = { type: 'text', x, y, text: pick(PHRASES), colour: pick(COLOURS), city };
      } else if (roll < 0.94 || ids.length < 2) {
        const points: number[] = [];
        for (let k = 0; k < 40; k++) points.push(x + k * 5, y + 100 + Math.sin(k / 4 + rnd()) * 40);
        shape = { type: 'pen', points, colour: pick(COLOURS), city };
      } else {
        const from = ids[ids.length - 1] as string;
        const to = ids[Math.max(0, ids.length - 1 - columns)] as string;
        shape = {
          type: 'arrow',
          from: { x, y, shapeId: from },
          to: { x: x + 100, y: y - 100, shapeId: to },
          colour: '#1f2933',
          city,
        };
      }
      ids.push(addShape(doc, { ...shape, z, createdBy: `bench-${city}` }));
    }
  });
  return Y.encodeStateAsUpdate(doc);
}
