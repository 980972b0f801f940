import { ImageAltDialog } from '../../files/ImageAltDialog.tsx';
import { insertNoteImages, type NoteImageTarget } from './noteImageUpload.ts';

// NoteEditor loads the uploader through this module, so both share one chunk.
export { flushNoteImages } from './noteImageUpload.ts';

interface NoteImageDialogProps {
  files: File[];
  /** Where they were dropped; null: at the selection. */
  pos: number | null;
  target: NoteImageTarget;
  onClose(): void;
}

/** Asks for alt text, then queues and uploads the images into the note (loaded on demand). */
export function NoteImageDialog({ files, pos, target, onClose }: NoteImageDialogProps) {
  return (
    <ImageAltDialog
      files={files}
      onCancel={() => {
        onClose();
        target.editor.commands.focus();
      }}
      onInsert={(alts) => {
        onClose();
        void insertNoteImages(
          target,
          files.map((file, i) => ({ file, alt: alts[i] ?? '' })),
          pos,
        );
      }}
    />
  );
}
