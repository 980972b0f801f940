import type { Editor } from '@tiptap/core';
import { ApiError } from '../../api/ApiError.ts';
import { filesApi } from '../../files/filesApi.ts';
import { newUploadId, uploadQueue } from '../../files/uploadQueue.ts';

export interface NoteImageTarget {
  editor: Editor;
  workspaceId: string;
  documentId: string;
  /** Called with the server's reason when an image is refused (too large, unreadable). */
  onRefused(name: string, message: string): void;
}

export interface NewNoteImage {
  file: File;
  alt: string;
}

const flushing = new Set<string>();

/**
 * Inserts placeholders for the images at `pos` (or the selection), queues their bytes on this
 * device and uploads them; offline they wait in the queue until `flushNoteImages` runs again.
 */
export async function insertNoteImages(
  target: NoteImageTarget,
  images: readonly NewNoteImage[],
  pos: number | null,
): Promise<void> {
  const nodes = [];
  for (const { file, alt } of images) {
    const id = newUploadId();
    await uploadQueue.add({
      id,
      workspaceId: target.workspaceId,
      documentId: target.documentId,
      name: file.name || `image.${file.type.split('/')[1] ?? 'png'}`,
      blob: file,
      createdAt: Date.now(),
    });
    nodes.push({ type: 'image', attrs: { uploadId: id, alt } });
  }
  const at = pos ?? target.editor.state.selection.to;
  target.editor.chain().focus().insertContentAt(at, nodes).run();
  await flushNoteImages(target);
}

/** Uploads this device's queued images of the note and puts each file's address into its node. */
export async function flushNoteImages(target: NoteImageTarget): Promise<void> {
  if (flushing.has(target.documentId)) return;
  flushing.add(target.documentId);
  try {
    for (const item of await uploadQueue.forDocument(target.documentId)) {
      if (target.editor.isDestroyed) return;
      if (findUploadPos(target.editor, item.id) === null) {
        // Its placeholder was deleted meanwhile: nothing to upload any more.
        await uploadQueue.remove(item.id);
        continue;
      }
      try {
        const { file } = await filesApi.upload(item.workspaceId, item.blob, item.name);
        setImageAttrs(target.editor, item.id, {
          src: file.url,
          width: file.width ?? null,
          height: file.height ?? null,
          uploadId: null,
        });
        await uploadQueue.remove(item.id);
      } catch (err) {
        // Offline or the server is away: keep it queued for the next try.
        if (!(err instanceof ApiError) || err.isOffline || err.status >= 500) return;
        removeImage(target.editor, item.id);
        await uploadQueue.remove(item.id);
        target.onRefused(item.name, err.message);
      }
    }
  } finally {
    flushing.delete(target.documentId);
  }
}

function findUploadPos(editor: Editor, uploadId: string): number | null {
  let found: number | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (found !== null) return false;
    if (node.type.name === 'image' && node.attrs.uploadId === uploadId) found = pos;
    return found === null;
  });
  return found;
}

function setImageAttrs(editor: Editor, uploadId: string, attrs: Record<string, unknown>): void {
  const pos = findUploadPos(editor, uploadId);
  if (pos === null || editor.isDestroyed) return;
  const node = editor.state.doc.nodeAt(pos);
  if (!node) return;
  editor.view.dispatch(editor.state.tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...attrs }));
}

function removeImage(editor: Editor, uploadId: string): void {
  const pos = findUploadPos(editor, uploadId);
  const node = pos === null ? null : editor.state.doc.nodeAt(pos);
  if (pos === null || !node) return;
  editor.view.dispatch(editor.state.tr.delete(pos, pos + node.nodeSize));
}
