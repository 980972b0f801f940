import { getShapeText } from '@weft/model';
import { useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import type { WhiteboardController } from './createWhiteboardController.ts';
import { diffText, transformIndex } from './textBinding.ts';
import { FONT_FAMILY, fontSizeFor } from './textLayout.ts';
import type { Translate } from './whiteboardStrings.ts';

/**
 * A textarea laid over a shape and bound to its Y.Text: local input becomes minimal splices, remote
 * edits update the textarea and keep the caret where the person was typing.
 */
export function ShapeTextEditor({
  controller: c,
  id,
  t,
}: {
  controller: WhiteboardController;
  id: string;
  t: Translate;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const area = ref.current;
    const text: Y.Text | null = getShapeText(c.doc, id);
    if (!area || !text) return;
    area.value = text.toString();
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);

    const place = () => {
      const shape = c.store.get(id);
      if (!shape) return;
      const { zoom, x, y } = c.camera;
      const size = fontSizeFor(shape.type);
      const pad = shape.type === 'text' ? 0 : 14;
      area.style.width = `${Math.max(shape.w, 40)}px`;
      area.style.height = `${Math.max(shape.h, size * 1.6)}px`;
      area.style.padding = `${pad}px`;
      area.style.fontSize = `${size}px`;
      area.style.textAlign = shape.type === 'rect' || shape.type === 'ellipse' ? 'center' : 'left';
      area.style.color = shape.type === 'text' ? shape.colour : '#1f2933';
      area.style.transformOrigin = '0 0';
      area.style.transform = `translate(${(shape.x - x) * zoom}px, ${(shape.y - y) * zoom}px) scale(${zoom})${
        shape.rotation ? ` rotate(${shape.rotation}rad)` : ''
      }`;
    };
    place();

    const onInput = () => {
      const splice = diffText(text.toString(), area.value);
      if (!splice) return;
      c.transact(() => {
        if (splice.remove > 0) text.delete(splice.index, splice.remove);
        if (splice.insert) text.insert(splice.index, splice.insert);
      });
    };
    const onRemote = (event: Y.YTextEvent) => {
      if (area.value === text.toString()) return;
      const start = transformIndex(area.selectionStart, event.delta);
      const end = transformIndex(area.selectionEnd, event.delta);
      area.value = text.toString();
      area.setSelectionRange(start, end);
    };
    area.addEventListener('input', onInput);
    text.observe(onRemote);
    const offCamera = c.onCamera(place);
    const offStore = c.store.subscribe((changed) => {
      if (changed.has(id)) place();
    });
    return () => {
      area.removeEventListener('input', onInput);
      text.unobserve(onRemote);
      offCamera();
      offStore();
      c.stopCapturing();
    };
  }, [c, id]);

  const finish = () => c.setUi({ editingId: null });

  return (
    <textarea
      ref={ref}
      aria-label={t('textEditor')}
      data-testid="whiteboard.text-editor"
      readOnly={c.readOnly}
      onBlur={finish}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
          e.preventDefault();
          finish();
          c.invalidate();
        }
      }}
      style={{
        position: 'absolute',
        left: 0,
        top: 0,
        margin: 0,
        border: '3px solid #1f5fa8',
        outline: 'none',
        resize: 'none',
        overflow: 'hidden',
        background: 'transparent',
        boxSizing: 'border-box',
        fontFamily: FONT_FAMILY,
        lineHeight: 1.3,
        zIndex: 1,
      }}
    />
  );
}
