import { describe, expect, it } from 'vitest';
import { isInVoteArea, rankVoteResults, voteTargets } from './voteTargets.ts';
import { type ShapeSnapshot, ShapeType } from './whiteboardTypes.ts';

const shape = (id: string, type: ShapeSnapshot['type'], x: number, y: number): ShapeSnapshot => ({
  id,
  type,
  x,
  y,
  w: 100,
  h: 100,
  rotation: 0,
  colour: '#fde68a',
  text: id,
  points: [],
  from: null,
  to: null,
  city: '',
  createdBy: 'u',
  z: 'a0',
});

describe('vote targets', () => {
  const board = [
    shape('in', ShapeType.sticky, 0, 0),
    shape('half-in', ShapeType.sticky, 150, 0),
    shape('half-out', ShapeType.sticky, 160, 0),
    shape('far', ShapeType.sticky, 1000, 1000),
    shape('rect', ShapeType.rect, 0, 0),
  ];

  it('takes every sticky, and only stickies, without an area', () => {
    expect(voteTargets(board, null).map((s) => s.id)).toEqual(['in', 'half-in', 'half-out', 'far']);
  });

  it('takes the stickies whose centre lies in the area, edges included', () => {
    const area = { x: 0, y: 0, w: 200, h: 200 };
    expect(voteTargets(board, area).map((s) => s.id)).toEqual(['in', 'half-in']);
    expect(isInVoteArea({ x: 150, y: 150, w: 100, h: 100 }, area)).toBe(true);
    expect(isInVoteArea({ x: 151, y: 0, w: 100, h: 100 }, area)).toBe(false);
  });
});

describe('ranking', () => {
  it('ranks most dots first, ties by label and sharing a rank, and drops targets without dots', () => {
    const labels: Record<string, string> = { a: 'Water', b: 'Energy', c: 'Cotton', d: 'Dyes' };
    const ranked = rankVoteResults(
      [
        { targetId: 'a', count: 2 },
        { targetId: 'b', count: 5 },
        { targetId: 'c', count: 2 },
        { targetId: 'd', count: 0 },
      ],
      (id) => labels[id] ?? id,
    );
    expect(ranked).toEqual([
      { targetId: 'b', count: 5, rank: 1 },
      { targetId: 'c', count: 2, rank: 2 },
      { targetId: 'a', count: 2, rank: 2 },
    ]);
  });

  it('falls back to ids when labels are equal', () => {
    expect(
      rankVoteResults([
        { targetId: 'y', count: 1 },
        { targetId: 'x', count: 1 },
      ]).map((r) => r.targetId),
    ).toEqual(['x', 'y']);
  });
});
