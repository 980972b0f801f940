import { useRef, useState } from 'react';
import { filesApi } from '../files/filesApi.ts';
import { fileMarkup } from './mentions.ts';
import type { CommentsTranslation } from './useCommentsTranslation.ts';

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
