import { type Editor, Node } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';

export interface NoteImageOptions {
  /** Image files pasted or dropped into the note; `pos` is where they were dropped (null: at the selection). */
  onFiles: ((files: File[], pos: number | null) => void) | null;
  /** Shown in place of an image that is still waiting on its uploader's device. */
  pendingLabel: string;
}

const FILE_SRC = /^\/api\/files\/[A-Za-z0-9_-]+$/;
const IMAGE_TYPE = /^image\/(jpeg|png|webp|gif)$/;

function imageFiles(list: FileList | null | undefined): File[] {
  return Array.from(list ?? []).filter((f) => IMAGE_TYPE.test(f.type));
}

/**
 * A block image of the note: `src` is one of the workspace's files (`/api/files/:id`), never an
 * outside address. While it is still being uploaded (or waits offline) it has an `uploadId` and
 * shows a placeholder to everyone. Written by hand instead of @tiptap/extension-image to keep the
 * notes route small; pasting, dropping and uploading live in a lazily loaded module.
 */
export const NoteImage = Node.create<NoteImageOptions>({
  name: 'image',
  group: 'block',
  atom: true,
  draggable: true,

  addOptions() {
    return { onFiles: null, pendingLabel: 'Uploading image…' };
  },

  addAttributes() {
    return {
      src: { default: null },
      alt: { default: '' },
      width: { default: null },
      height: { default: null },
      uploadId: { default: null, rendered: false },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'img[src]',
        // Pasted HTML may carry images from anywhere; only the workspace's own files are kept.
        getAttrs: (el) => (FILE_SRC.test(el.getAttribute('src') ?? '') ? null : false),
      },
    ];
  },

  renderHTML({ node }) {
    const { src, alt, width, height, uploadId } = node.attrs as Record<string, string | number | null>;
    if (uploadId || !src) {
      return [
        'div',
        {
          class: 'note-image note-image--pending',
          role: 'img',
          'aria-label': `${this.options.pendingLabel} ${alt ?? ''}`.trim(),
          'data-testid': 'notes.image.pending',
        },
        this.options.pendingLabel,
      ];
    }
    return [
      'img',
      {
        class: 'note-image',
        src,
        alt: alt ?? '',
        ...(width ? { width } : {}),
        ...(height ? { height } : {}),
        loading: 'lazy',
        'data-testid': 'notes.image',
      },
    ];
  },

  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin({
        props: {
          handlePaste(view, event) {
            const files = imageFiles(event.clipboardData?.files);
            if (!view.editable || !options.onFiles || files.length === 0) return false;
            options.onFiles(files, null);
            return true;
          },
          handleDrop(view, event) {
            const files = imageFiles(event.dataTransfer?.files);
            if (!view.editable || !options.onFiles || files.length === 0) return false;
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
            options.onFiles(files, at?.pos ?? null);
            event.preventDefault();
            return true;
          },
        },
      }),
    ];
  },
});

/** Whether the note holds images still waiting for an upload (possibly from this device). */
export function hasPendingImages(editor: Editor): boolean {
  let found = false;
  editor.state.doc.descendants((node) => {
    if (found) return false;
    if (node.type.name === 'image' && node.attrs.uploadId) found = true;
    return !found;
  });
  return found;
}
