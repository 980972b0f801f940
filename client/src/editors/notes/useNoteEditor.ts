import { Editor, type EditorOptions } from '@tiptap/core';
import { type DependencyList, useEffect, useRef, useState } from 'react';

/**
 * A TipTap editor made when `deps` change and destroyed with them. It replaces @tiptap/react's
 * `useEditor`, whose deep-equality selector machinery (fast-equals, useSyncExternalStoreWithSelector)
 * cost ~3 kB gzip on the notes route; the note re-renders only on what NoteEditor subscribes to.
 */
export function useNoteEditor(options: () => Partial<EditorOptions>, deps: DependencyList): Editor | null {
  const [editor, setEditor] = useState<Editor | null>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  useEffect(() => {
    const created = new Editor(optionsRef.current());
    setEditor(created);
    return () => {
      setEditor(null);
      created.destroy();
    };
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps decide when to remake it
  }, deps);
  return editor;
}
