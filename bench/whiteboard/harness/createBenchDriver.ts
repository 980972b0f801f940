import { addShape, setPenPoints } from '@weft/model';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { screenToBoard } from '../../../client/src/editors/whiteboard/camera.ts';
import type { WhiteboardController } from '../../../client/src/editors/whiteboard/createWhiteboardController.ts';
import type { FrameReport, Scenario } from '../frameReport.ts';

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

const round = (n: number) => Math.round(n * 100) / 100;

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: round(quantile(sorted, 0.5)),
    p95: round(quantile(sorted, 0.95)),
    max: round(sorted.at(-1) ?? 0),
  };
}

/**
 * A second person in the same tab: their own Y.Doc and Awareness, relayed to the editor's like a
 * provider would, so their strokes and cursor arrive as remote updates.
 */
function createRemotePeer(doc: Y.Doc, awareness: Awareness) {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  const remote = new Awareness(peer);
  remote.setLocalState({
    user: { id: 'bench-remote', name: 'Pieter (Ghent)', colour: '#1d4ed8', city: 'Ghent' },
  });
  peer.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== 'relay') Y.applyUpdate(doc, u, 'relay');
  });
  doc.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== 'relay') Y.applyUpdate(peer, u, 'relay');
  });
  remote.on('update', ({ added, updated }: { added: number[]; updated: number[] }) => {
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(remote, [...added, ...updated]), 'relay');
  });
  return { peer, remote };
}

/** Drives the editor with real input events, one step per animation frame, and times the frames. */
export function createBenchDriver(c: WhiteboardController, doc: Y.Doc, awareness: Awareness) {
  const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="whiteboard.canvas"]');
  if (!canvas) throw new Error('no whiteboard canvas');
  const rect = () => canvas.getBoundingClientRect();

  function wheel(dx: number, dy: number, zoom: boolean) {
    const r = rect();
    canvas?.dispatchEvent(
      new WheelEvent('wheel', {
        deltaX: dx,
        deltaY: dy,
        ctrlKey: zoom,
        clientX: r.left + r.width / 2,
        clientY: r.top + r.height / 2,
        bubbles: true,
        cancelable: true,
      }),
    );
  }

  function pointer(type: string, x: number, y: number) {
    const r = rect();
    canvas?.dispatchEvent(
      new PointerEvent(type, {
        pointerId: 1,
        pointerType: 'mouse',
        isPrimary: true,
        button: 0,
        buttons: type === 'pointerup' ? 0 : 1,
        clientX: r.left + x,
        clientY: r.top + y,
        bubbles: true,
        cancelable: true,
      }),
    );
  }

  /** Wheel events (ctrl-wheel zoom at the centre, then a pan) that bring the view to `centre`/`zoom`. */
  function follow(centre: { x: number; y: number }, zoom: number) {
    const ratio = zoom / c.camera.zoom;
    if (Math.abs(ratio - 1) > 1e-4) wheel(0, -300 * Math.log(ratio), true);
    const r = rect();
    const cam = c.camera;
    wheel(
      (centre.x - r.width / 2 / cam.zoom - cam.x) * cam.zoom,
      (centre.y - r.height / 2 / cam.zoom - cam.y) * cam.zoom,
      false,
    );
  }

  async function run(scenario: Scenario, seconds: number): Promise<FrameReport> {
    const r = rect();
    c.fit();
    const fitZoom = c.camera.zoom;
    const bounds = c.selectionBounds(c.store.all().map((s) => s.id)) ?? { x: 0, y: 0, w: 1000, h: 1000 };
    if (scenario !== 'zoomedOut')
      c.setCamera({ x: bounds.x + bounds.w / 3, y: bounds.y + bounds.h / 3, zoom: 1 });
    let peer: ReturnType<typeof createRemotePeer> | null = null;
    let remoteStroke: { id: string; points: number[] } | null = null;
    let localDown = false;
    if (scenario === 'twoDrawing') {
      peer = createRemotePeer(doc, awareness);
      c.setTool('pen');
    }
    // Let the first full render (and any lazy caches) happen before timing.
    await new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res)));
    const frameMs: number[] = [];
    const renderMs: number[] = [];
    let drawn = 0;
    let last = performance.now();
    const startedAt = last;
    let i = 0;
    await new Promise<void>((resolve) => {
      const step = (now: number) => {
        if (i > 0) {
          frameMs.push(now - last);
          renderMs.push(c.stats.lastRenderMs);
          drawn += c.stats.drawn;
        }
        last = now;
        i++;
        const t = i / 60;
        if (scenario === 'zoomedOut' || scenario === 'panZoom') {
          // Glide over the board while zooming in and out: every frame moves the camera.
          const centre = {
            x: bounds.x + bounds.w / 2 + Math.cos(t * 0.7) * bounds.w * 0.3,
            y: bounds.y + bounds.h / 2 + Math.sin(t * 0.9) * bounds.h * 0.3,
          };
          const zoom =
            scenario === 'zoomedOut'
              ? fitZoom * Math.exp((1 - Math.cos(t)) * 0.5)
              : Math.exp(Math.sin(t * 1.1) * 0.5);
          follow(centre, zoom);
        } else if (peer) {
          const cx = r.width / 2 + Math.cos(t * 3) * 200;
          const cy = r.height / 2 + Math.sin(t * 5) * 150;
          if (i % 90 === 1) {
            if (localDown) pointer('pointerup', cx, cy);
            pointer('pointerdown', cx, cy);
            localDown = true;
          } else {
            pointer('pointermove', cx, cy);
          }
          const p = screenToBoard(c.camera, {
            x: r.width / 2 + Math.sin(t * 2) * 300,
            y: r.height / 2 + Math.cos(t * 3) * 200,
          });
          if (!remoteStroke || i % 90 === 45) {
            remoteStroke = {
              id: addShape(peer.peer, { type: 'pen', points: [p.x, p.y], colour: '#1d4ed8' }),
              points: [p.x, p.y],
            };
          } else {
            remoteStroke.points.push(p.x, p.y);
            setPenPoints(peer.peer, remoteStroke.id, remoteStroke.points);
          }
          peer.remote.setLocalStateField('cursor', p);
        }
        if (now - startedAt >= seconds * 1000) {
          resolve();
          return;
        }
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
    if (localDown) pointer('pointerup', r.width / 2, r.height / 2);
    const elapsed = (last - startedAt) / 1000;
    return {
      scenario,
      frames: frameMs.length,
      seconds: round(elapsed),
      fps: round(frameMs.length / elapsed),
      frameMs: stats(frameMs),
      renderMs: stats(renderMs),
      drawnAvg: Math.round(drawn / Math.max(1, frameMs.length)),
      shapes: c.store.size,
    };
  }

  return { run, controller: c, doc, boardPoint: (x: number, y: number) => screenToBoard(c.camera, { x, y }) };
}
