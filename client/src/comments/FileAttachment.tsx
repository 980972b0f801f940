import type { CommentsTranslation } from './useCommentsTranslation.ts';

const IMAGE_NAME = /\.(jpe?g|png|webp|gif)$/i;
// Written out rather than imported from files/filesApi.ts: that would be one more chunk (and one
// more request) on the notes route, which loads the comments panel.
const fileUrl = (fileId: string, thumb = false) =>
  `/api/files/${encodeURIComponent(fileId)}${thumb ? '?thumb=1' : ''}`;

/** A file attached to a message: a download link, with a small preview for images. */
export function FileAttachment({
  name,
  fileId,
  tr,
}: {
  name: string;
  fileId: string;
  tr: CommentsTranslation;
}) {
  return (
    <a
      className="attachment"
      href={fileUrl(fileId)}
      download={name}
      aria-label={tr.t('comments.attachment', { name })}
      data-testid="comments.attachment"
    >
      {IMAGE_NAME.test(name) && <img src={fileUrl(fileId, true)} alt="" className="attachment__thumb" />}
      <span>📎 {name}</span>
    </a>
  );
}

/** The draft with `markup` added on a line of its own. */
export function joinText(text: string, markup: string): string {
  return text.trim() === '' ? markup : `${text.replace(/\s+$/, '')}\n${markup}`;
}
