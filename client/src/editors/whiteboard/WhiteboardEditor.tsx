import type { ShapeSnapshot } from '@weft/model';
import { setShapeStyle } from '@weft/model';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { useAnnouncement } from '../../components/useAnnouncement.ts';
import { attachPointerHandlers } from './attachPointerHandlers.ts';
import {
  addImages,
  deleteSelection,
  exportBoard,
  pasteText,
  serialiseSelection,
  type UploadedImage,
  viewCentre,
} from './boardCommands.ts';
import type { ContextAction } from './ContextMenu.tsx';
import { ContextMenu } from './ContextMenu.tsx';
import { boardToScreen, screenToBoard } from './camera.ts';
import type { UiState, WhiteboardController, WhiteboardUser } from './createWhiteboardController.ts';
import { createWhiteboardController } from './createWhiteboardController.ts';
import { HelpPanel } from './HelpPanel.tsx';
import { handleKeyDown } from './handleKeyDown.ts';
import type { ShapeBadge } from './ShapeBadges.tsx';
import { ShapeBadges } from './ShapeBadges.tsx';
import { ShapeList } from './ShapeList.tsx';
import { ShapeTextEditor } from './ShapeTextEditor.tsx';
import { shapeMenuActions } from './shapeMenuActions.ts';
import { Toolbar } from './Toolbar.tsx';
import './whiteboard.css';
import type { Translate } from './whiteboardStrings.ts';

export interface WhiteboardEditorProps {
  doc: Y.Doc;
  awareness: Awareness;
  readOnly: boolean;
  user: WhiteboardUser;
  /** Called with a sticky note when someone picks "Turn into action item". */
  onCreateActionItem?: (shape: ShapeSnapshot) => void;
  /** The host's translation: react-i18next's `t` on the `whiteboard` namespace. */
  t: Translate;
  /** Links pinned to shapes, e.g. a sticky's action item; readers can open them too. */
  badges?: ShapeBadge[];
  /** Extra context-menu actions for a shape (e.g. "Comment"), offered to readers too. */
  shapeActions?: (shape: ShapeSnapshot) => ContextAction[];
  /** Dot-vote counts to draw on stickies in PNG/SVG exports (a revealed or closed vote). */
  exportVoteCounts?: () => ReadonlyMap<string, number>;
  /** Laid over the canvas with the controller, e.g. comment badges pinned to shapes. */
  overlay?: (controller: WhiteboardController) => React.ReactNode;
  /** Open comment threads per shape id, read out in the shape list. */
  commentCounts?: ReadonlyMap<string, number>;
  /** Hands out the controller once mounted (tests and benchmarks read its render stats). */
  onReady?: (controller: WhiteboardController) => void;
  /** Stores a pasted or dropped picture (as a workspace file); without it pictures are ignored. */
  uploadImage?: (file: File) => Promise<UploadedImage>;
}

const IMAGE_TYPE = /^image\/(jpeg|png|webp|gif)$/;
const imagesIn = (list: FileList | undefined) =>
  Array.from(list ?? []).filter((f) => IMAGE_TYPE.test(f.type));

const EMPTY_UI: UiState = {
  tool: 'select',
  colour: '#1f2933',
  selection: [],
  editingId: null,
  contextMenu: null,
  connectFrom: null,
  canUndo: false,
  canRedo: false,
  zoomPercent: 100,
};

const NO_BADGES: ShapeBadge[] = [];
const NO_COUNTS: ReadonlyMap<string, number> = new Map();
const subscribeNothing = () => () => {};

export function WhiteboardEditor({
  doc,
  awareness,
  readOnly,
  user,
  onCreateActionItem,
  t,
  badges = NO_BADGES,
  shapeActions,
  overlay,
  exportVoteCounts,
  commentCounts = NO_COUNTS,
  onReady,
  uploadImage,
}: WhiteboardEditorProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [controller, setController] = useState<WhiteboardController | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [listOpen, setListOpen] = useState(false);
  const [announcement, announce] = useAnnouncement();
  // Where focus goes back to when text editing ends (the canvas, or the shape list's option).
  const returnFocus = useRef<HTMLElement | null>(null);
  const spaceHeld = useRef(false);
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;

  useEffect(() => {
    const c = createWhiteboardController({
      doc,
      awareness,
      readOnly,
      user: { id: user.id, name: user.name, colour: user.colour, city: user.city },
    });
    setController(c);
    return () => c.destroy();
  }, [doc, awareness, readOnly, user.id, user.name, user.colour, user.city]);

  const subscribe = useCallback((fn: () => void) => controller?.subscribe(fn) ?? (() => {}), [controller]);
  const ui = useSyncExternalStore(subscribe, () => controller?.getUi() ?? EMPTY_UI);
  const empty = useSyncExternalStore(controller ? controller.store.subscribe : subscribeNothing, () =>
    controller ? controller.store.size === 0 : false,
  );

  const edit = useCallback(
    (id: string) => {
      const active = document.activeElement;
      if (active instanceof HTMLElement && active.tagName !== 'TEXTAREA') returnFocus.current = active;
      controller?.setUi({ editingId: id, contextMenu: null });
    },
    [controller],
  );

  useEffect(() => {
    if (ui.editingId !== null) return;
    const target = returnFocus.current;
    returnFocus.current = null;
    // Only when focus fell to the page (Escape, Ctrl+Enter): a click elsewhere keeps its own focus.
    if (!target || (document.activeElement && document.activeElement !== document.body)) return;
    (target.isConnected ? target : canvasRef.current)?.focus();
  }, [ui.editingId]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const container = containerRef.current;
    if (!controller || !canvas || !container) return;
    controller.attachCanvas(canvas);
    const measure = () => {
      const r = container.getBoundingClientRect();
      canvas.style.width = `${r.width}px`;
      canvas.style.height = `${r.height}px`;
      controller.resize(r.width, r.height, window.devicePixelRatio || 1);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(container);
    const detach = attachPointerHandlers(
      canvas,
      controller,
      {
        onEdit: edit,
        onContextMenu: (x, y, shapeId) => controller.setUi({ contextMenu: { x, y, shapeId } }),
      },
      () => spaceHeld.current,
    );
    // Only now is the canvas mounted and sized, so a test or benchmark can drive it.
    onReadyRef.current?.(controller);
    return () => {
      observer.disconnect();
      detach();
      controller.attachCanvas(null);
    };
  }, [controller, edit]);

  if (!controller) return <div data-testid="whiteboard.loading" style={{ width: '100%', height: '100%' }} />;
  const c = controller;

  const onKeyDown = (e: React.KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT') return;
    if (e.key === ' ') {
      spaceHeld.current = true;
      e.preventDefault();
      return;
    }
    if (e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10')) {
      const box = c.selectionBounds();
      const first = ui.selection[0];
      if (box && first) {
        const p = boardToScreen(c.camera, { x: box.x + box.w / 2, y: box.y + box.h / 2 });
        c.setUi({ contextMenu: { x: p.x, y: p.y, shapeId: first } });
      }
      e.preventDefault();
      return;
    }
    const actions = { toggleHelp: () => setHelpOpen((v) => !v), edit, announce, t };
    if (handleKeyDown(c, e.nativeEvent, actions, target === canvasRef.current)) e.preventDefault();
  };

  const menuShape = ui.contextMenu ? c.store.get(ui.contextMenu.shapeId) : undefined;
  const actions = shapeMenuActions(c, menuShape, {
    badges,
    edit,
    ...(shapeActions ? { shapeActions } : {}),
    ...(onCreateActionItem ? { onCreateActionItem } : {}),
  });

  const placeImages = (files: File[], at: { x: number; y: number }) => {
    if (!uploadImage) return Promise.resolve();
    announce(t('imageUploading', { name: files.map((f) => f.name).join(', ') }));
    return addImages(c, files, at, uploadImage, (file, error) =>
      announce(t('imageFailed', { name: file.name, message: error instanceof Error ? error.message : '' })),
    );
  };

  const cursor = ui.tool === 'select' ? 'default' : 'crosshair';

  return (
    <div
      ref={containerRef}
      data-testid="whiteboard"
      role="application"
      aria-label={t('board')}
      onKeyDown={onKeyDown}
      onKeyUp={(e) => {
        if (e.key === ' ') spaceHeld.current = false;
      }}
      onCopy={(e) => {
        if ((e.target as HTMLElement).tagName === 'TEXTAREA') return;
        const text = serialiseSelection(c);
        if (!text) return;
        e.clipboardData.setData('text/plain', text);
        e.preventDefault();
      }}
      onCut={(e) => {
        if ((e.target as HTMLElement).tagName === 'TEXTAREA' || readOnly) return;
        const text = serialiseSelection(c);
        if (!text) return;
        e.clipboardData.setData('text/plain', text);
        e.preventDefault();
        deleteSelection(c);
      }}
      onPaste={(e) => {
        if ((e.target as HTMLElement).tagName === 'TEXTAREA' || readOnly) return;
        e.preventDefault();
        const images = imagesIn(e.clipboardData.files);
        if (images.length > 0 && uploadImage) void placeImages(images, viewCentre(c));
        else pasteText(c, e.clipboardData.getData('text/plain'));
      }}
      onDragOver={(e) => {
        if (!readOnly && uploadImage && e.dataTransfer.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e) => {
        const images = imagesIn(e.dataTransfer.files);
        if (readOnly || !uploadImage || images.length === 0) return;
        e.preventDefault();
        const box = e.currentTarget.getBoundingClientRect();
        void placeImages(
          images,
          screenToBoard(c.camera, { x: e.clientX - box.left, y: e.clientY - box.top }),
        );
      }}
      style={{
        position: 'relative',
        width: '100%',
        height: '100%',
        overflow: 'hidden',
        background: '#f7f8fa',
      }}
    >
      <canvas
        ref={canvasRef}
        tabIndex={0}
        role="img"
        aria-label={t('canvas')}
        data-testid="whiteboard.canvas"
        style={{ display: 'block', touchAction: 'none', cursor, outline: 'none' }}
      />
      <Toolbar
        ui={ui}
        readOnly={readOnly}
        t={t}
        onTool={(tool) => c.setTool(tool)}
        onColour={(colour) => {
          c.setUi({ colour });
          if (ui.selection.length > 0 && !readOnly) {
            // Sticky notes keep their city colour; strokes, shapes and text take the new one.
            const ids = ui.selection.filter((id) => c.store.get(id)?.type !== 'sticky');
            setShapeStyle(c.doc, ids, { colour }, c.origin);
          }
        }}
        onZoom={(action) => {
          if (action === 'in') c.zoomBy(1.25);
          else if (action === 'out') c.zoomBy(0.8);
          else if (action === 'reset') c.resetZoom();
          else c.fit();
        }}
        onUndo={() => c.undo()}
        onRedo={() => c.redo()}
        onExport={(format) => void exportBoard(c, format, exportVoteCounts?.())}
        onHelp={() => setHelpOpen((v) => !v)}
        shapeListOpen={listOpen}
        onShapeList={() => setListOpen((v) => !v)}
      />
      <ShapeList
        controller={c}
        selection={ui.selection}
        open={listOpen}
        t={t}
        commentCounts={commentCounts}
        announce={announce}
      />
      <p role="status" className="visually-hidden" data-testid="whiteboard.announcement">
        {announcement}
      </p>
      <ShapeBadges controller={c} badges={badges} />
      {overlay?.(c)}
      {empty && !ui.editingId && (
        <p
          data-testid="whiteboard.empty"
          style={{
            position: 'absolute',
            top: '50%',
            left: '50%',
            transform: 'translate(-50%, -50%)',
            maxWidth: 360,
            margin: 0,
            textAlign: 'center',
            font: '15px/1.5 system-ui, sans-serif',
            color: '#52606d',
            pointerEvents: 'none',
          }}
        >
          {t(readOnly ? 'emptyBoardReadOnly' : 'emptyBoard')}
        </p>
      )}
      {ui.editingId && <ShapeTextEditor key={ui.editingId} controller={c} id={ui.editingId} t={t} />}
      {ui.contextMenu && actions.length > 0 && (
        <ContextMenu
          x={ui.contextMenu.x}
          y={ui.contextMenu.y}
          actions={actions}
          t={t}
          onClose={() => {
            c.setUi({ contextMenu: null });
            canvasRef.current?.focus();
          }}
        />
      )}
      {helpOpen && (
        <HelpPanel
          t={t}
          onClose={() => {
            setHelpOpen(false);
            canvasRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}
