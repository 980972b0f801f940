import type { Viewport } from '@weft/protocol';
import type { FollowTarget } from './followTargets.ts';

function scrollParentOf(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight)
      return node;
  }
  return null;
}

/**
 * A note's scroll position as a follow target. `y` is the fraction of the editor's height above the
 * top of the visible area, so people with different window widths (and line wraps) land on the same
 * passage; `height` is the visible fraction. `x` is 0 and `zoom` 1.
 */
export function createNotesFollowTarget(editor: HTMLElement): FollowTarget {
  const viewTop = () => {
    const parent = scrollParentOf(editor);
    return parent ? parent.getBoundingClientRect().top : 0;
  };
  const offset = () => viewTop() - editor.getBoundingClientRect().top;
  return {
    read(): Viewport | null {
      const height = editor.getBoundingClientRect().height;
      if (!(height > 0)) return null;
      return { x: 0, y: offset() / height, zoom: 1, height: Math.min(1e6, window.innerHeight / height) };
    },
    apply(viewport) {
      const height = editor.getBoundingClientRect().height;
      if (!(height > 0)) return;
      const delta = viewport.y * height - offset();
      const parent = scrollParentOf(editor);
      if (parent) parent.scrollBy({ top: delta, behavior: 'instant' });
      else window.scrollBy({ top: delta, behavior: 'instant' });
    },
    onChange(listener) {
      // Scroll does not bubble; a capturing listener sees the window's and every container's.
      const options = { capture: true, passive: true } as const;
      window.addEventListener('scroll', listener, options);
      window.addEventListener('resize', listener, options);
      return () => {
        window.removeEventListener('scroll', listener, options);
        window.removeEventListener('resize', listener, options);
      };
    },
  };
}
