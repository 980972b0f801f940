import { findItemMap, updateItem } from '@weft/model';
import { useEffect, useRef } from 'react';
import * as Y from 'yjs';
import { type TextDeltaOp, transformIndex } from './transformIndex.ts';

interface YTextAreaProps {
  doc: Y.Doc;
  itemId: string;
  field: 'description' | 'risks';
  id: string;
  testId: string;
  readOnly: boolean;
  onError(error: unknown): void;
}

function textOf(doc: Y.Doc, itemId: string, field: string): Y.Text | null {
  const value = findItemMap(doc, itemId)?.get(field);
  return value instanceof Y.Text ? value : null;
}

/**
 * A textarea bound to an item's Y.Text. Each input writes the whole value through `updateItem`,
 * which applies only the changed middle, so two people typing in one field both keep their text;
 * a peer's change is applied to the textarea with the caret moved along (not reset to the end).
 */
export function YTextArea({ doc, itemId, field, id, testId, readOnly, onError }: YTextAreaProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let ytext = textOf(doc, itemId, field);
    el.value = ytext?.toString() ?? '';
    const onText = (event: Y.YTextEvent) => {
      const next = event.target.toString();
      if (next === el.value) return; // my own input, already shown
      const focused = document.activeElement === el;
      const start = el.selectionStart;
      const end = el.selectionEnd;
      const direction = el.selectionDirection;
      el.value = next;
      if (focused) {
        const delta = event.delta as TextDeltaOp[];
        el.setSelectionRange(transformIndex(delta, start), transformIndex(delta, end), direction);
      }
    };
    ytext?.observe(onText);
    // The Y.Text itself can be replaced (a peer repaired a malformed item): follow it.
    const onDoc = () => {
      const current = textOf(doc, itemId, field);
      if (current === ytext) return;
      ytext?.unobserve(onText);
      ytext = current;
      ytext?.observe(onText);
      const value = ytext?.toString() ?? '';
      if (el.value !== value) el.value = value;
    };
    doc.on('afterTransaction', onDoc);
    return () => {
      ytext?.unobserve(onText);
      doc.off('afterTransaction', onDoc);
    };
  }, [doc, itemId, field]);

  return (
    <textarea
      ref={ref}
      id={id}
      className="plan-textarea"
      rows={4}
      readOnly={readOnly}
      data-testid={testId}
      onInput={(event) => {
        try {
          updateItem(doc, itemId, { [field]: event.currentTarget.value });
        } catch (error) {
          onError(error);
        }
      }}
    />
  );
}
