import { readWhiteboard, shapeBounds } from '@weft/model';
import { useEffect, useMemo } from 'react';
import * as Y from 'yjs';
import { createShapeStore } from '../editors/whiteboard/createShapeStore.ts';
import { unionBoxes } from '../editors/whiteboard/culling.ts';
import { downloadBlob, renderPng } from '../editors/whiteboard/exportPng.ts';
import { boardToSvg } from '../editors/whiteboard/exportSvg.ts';

/** A version of a whiteboard drawn read-only, with SVG and PNG downloads of it. */
export function BoardVersionPreview({ state, fileName }: { state: Uint8Array; fileName: string }) {
  const board = useMemo(() => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const shapes = readWhiteboard(doc);
    const lookup = (id: string) => shapes.find((s) => s.id === id);
    const bounds = unionBoxes(shapes.map((s) => shapeBounds(s, lookup))) ?? { x: 0, y: 0, w: 200, h: 200 };
    return { doc, shapes, bounds, svg: boardToSvg(shapes, lookup, bounds) };
  }, [state]);
  useEffect(() => () => board.doc.destroy(), [board]);
  const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(board.svg)}`;
  const png = async () => {
    const store = createShapeStore(board.doc);
    try {
      downloadBlob(await renderPng(store, board.bounds, null), `${fileName}.png`);
    } finally {
      store.destroy();
    }
  };
  return (
    <div data-testid="history.previewContent">
      <img className="history-board" src={src} alt={fileName} data-shapes={board.shapes.length} />
      <div className="button-row">
        <button
          type="button"
          className="button button--small"
          onClick={() => downloadBlob(new Blob([board.svg], { type: 'image/svg+xml' }), `${fileName}.svg`)}
        >
          SVG
        </button>
        <button type="button" className="button button--small" onClick={() => void png()}>
          PNG
        </button>
      </div>
    </div>
  );
}
