import { addShape, readWhiteboard } from '@weft/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTestI18n } from '../../i18n/testing/createTestI18n.ts';
import { cityColour, STICKY_PALETTE } from './cityColours.ts';
import { boardToSvg } from './exportSvg.ts';
import { readPeers } from './readPeers.ts';

describe('SVG export', () => {
  it('draws dot-vote counts on the stickies that have dots, above the shapes', () => {
    const doc = new Y.Doc();
    const a = addShape(doc, { type: 'sticky', x: 0, y: 0, w: 160, h: 160, text: 'A' });
    const b = addShape(doc, { type: 'sticky', x: 200, y: 0, w: 160, h: 160, text: 'B' });
    const shapes = readWhiteboard(doc);
    const byId = new Map(shapes.map((s) => [s.id, s]));
    const bounds = { x: 0, y: 0, w: 360, h: 160 };
    const svg = boardToSvg(shapes, (id) => byId.get(id), bounds, undefined, 24, new Map([[b, 4]]));
    expect(svg).toMatch(
      /<g data-vote-count="4"><circle cx="226" cy="26" r="20"|<g data-vote-count="4"><circle cx="2\d\d" cy="\d+" r="\d+"/,
    );
    expect(svg.match(/data-vote-count/g)).toHaveLength(1);
    expect(svg.indexOf('data-vote-count')).toBeGreaterThan(svg.lastIndexOf('<rect'));
    expect(a).not.toBe(b);
    expect(boardToSvg(shapes, (id) => byId.get(id), bounds)).not.toContain('data-vote-count');
  });

  it('writes every shape, escapes text and keeps Unicode', () => {
    const doc = new Y.Doc();
    const a = addShape(doc, { type: 'sticky', x: 0, y: 0, text: 'Dệt may <bền vững> & “circular”' });
    const b = addShape(doc, { type: 'ellipse', x: 400, y: 0, text: 'कपड़ा' });
    addShape(doc, { type: 'arrow', from: { x: 0, y: 0, shapeId: a }, to: { x: 0, y: 0, shapeId: b } });
    addShape(doc, { type: 'pen', points: [0, 300, 50, 320, 100, 300] });
    const shapes = readWhiteboard(doc);
    const byId = new Map(shapes.map((s) => [s.id, s]));
    const svg = boardToSvg(shapes, (id) => byId.get(id), { x: 0, y: 0, w: 600, h: 400 });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('&lt;bền');
    expect(svg).toContain('&amp;');
    expect(svg).toContain('कपड़ा');
    // The arrow leaves the sticky's right edge and meets the ellipse's left side.
    expect(svg).toMatch(/<line x1="200" y1="[\d.]+" x2="40\d[\d.]*" y2="[\d.]+"[^>]*marker-end/);
    expect(svg).toMatch(/<path transform="translate\(0 300\)" d="M/);
    expect(svg).not.toContain('<bền');
  });
});

describe('city colours', () => {
  it('gives Ghent yellow and other cities a stable non-Ghent colour', () => {
    expect(cityColour('Ghent')).toBe(STICKY_PALETTE[0]);
    expect(cityColour(' gent ')).toBe(STICKY_PALETTE[0]);
    expect(cityColour('Đà Nẵng')).toBe(cityColour('da nang'));
    expect(cityColour('Đà Nẵng')).not.toBe(STICKY_PALETTE[0]);
  });
});

describe('peers from awareness', () => {
  it('keeps valid cursors and selections and drops the local client and junk', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: { name: 'Me', colour: '#111111' }, cursor: { x: 1, y: 2 } }],
      [2, { user: { name: 'An', colour: '#ff0000' }, cursor: { x: 5, y: 6 }, selection: ['s1', 3] }],
      [
        3,
        { user: { name: 'Eve', colour: 'url(javascript:x)' }, cursor: { x: 'a', y: 1 }, selection: ['s2'] },
      ],
      [4, { user: { name: 'Idle' } }],
    ]);
    const peers = readPeers({ clientID: 1, getStates: () => states });
    expect(peers).toEqual([
      { clientId: 2, name: 'An', colour: '#ff0000', cursor: { x: 5, y: 6 }, selection: ['s1'] },
      { clientId: 3, name: 'Eve', colour: '#64748b', cursor: null, selection: ['s2'] },
    ]);
  });
});

describe('strings', () => {
  it('falls back to English per key and fills placeholders', () => {
    const t = createTestI18n('vi', { vi: { whiteboard: { undo: 'Hoàn tác' } } }).getFixedT(
      'vi',
      'whiteboard',
    );
    expect(t('undo')).toBe('Hoàn tác');
    expect(t('redo')).toBe('Redo');
    expect(t('selected', { count: 3 })).toBe('3 selected');
  });
});
