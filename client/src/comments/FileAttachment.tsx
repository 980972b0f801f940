import { useRef, useState } from 'react';
import { filesApi, fileUrl } from '../files/filesApi.ts';
import { fileMarkup } from './mentions.ts';
import type { CommentsTranslation } from './useCommentsTranslation.ts';

const IMAGE_NAME = /\.(jpe?g|png|webp|gif)$/i;

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

interface AttachFileButtonProps {
  workspaceId: string;
  tr: CommentsTranslation;
  /** Called with the markup to add to the message being written. */
  onAttached(markup: string): void;
  testId: string;
}

/** Uploads a file to the workspace and hands back the markup that attaches it to a message. */
export function AttachFileButton({ workspaceId, tr, onAttached, testId }: AttachFileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const attach = async (file: File) => {
    setBusy(true);
    setStatus(tr.t('comments.attaching', { name: file.name }));
    try {
      const { file: stored } = await filesApi.upload(workspaceId, file, file.name);
      onAttached(fileMarkup(stored.name, stored.id));
      setStatus(null);
    } catch (err) {
      setStatus(tr.t('comments.attachFailed', { name: file.name, message: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={busy}
        onClick={() => input.current?.click()}
        data-testid={testId}
      >
        {tr.t('comments.attach')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        data-testid={`${testId}.input`}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void attach(file);
        }}
      />
      {status && (
        <span role="status" className="muted">
          {status}
        </span>
      )}
    </>
  );
}

/** The draft with `markup` added on a line of its own. */
export function joinText(text: string, markup: string): string {
  return text.trim() === '' ? markup : `${text.replace(/\s+$/, '')}\n${markup}`;
}
