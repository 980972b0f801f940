import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState } from 'react';

type Flags = Record<string, boolean | string>;

function same(a: Flags, b: Flags): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * Re-renders only when a derived flag changes (active marks, current link). A shallow compare is
 * enough for flat flags, so TipTap's deep-equality helper stays out of the bundle.
 */
export function useToolbarState<T extends Flags>(editor: Editor, select: (editor: Editor) => T): T {
  const selectRef = useRef(select);
  selectRef.current = select;
  const [state, setState] = useState(() => select(editor));
  useEffect(() => {
    const update = () => {
      const next = selectRef.current(editor);
      setState((prev) => (same(prev, next) ? prev : next));
    };
    update();
    editor.on('transaction', update);
    return () => {
      editor.off('transaction', update);
    };
  }, [editor]);
  return state;
}
