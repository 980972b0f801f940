import { useRef, useState } from 'react';
import { canEditDocuments, type Workspace } from '../../api/types.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { type FileView, filesApi, fileUrl, formatBytes, isImageFile } from '../../files/filesApi.ts';
import { useFilesT } from '../../files/useFilesT.ts';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { formatDateTime } from '../../lib/formatDateTime.ts';
import { useQuery } from '../../lib/useQuery.ts';
import { useSession, useUser } from '../../session/SessionContext.tsx';

/** The workspace's files: editors upload, everyone downloads, the uploader or a facilitator deletes. */
export function FilesSection({ workspace }: { workspace: Workspace }) {
  const { i18n } = useTranslation();
  const ft = useFilesT();
  const { timeZone } = useSession();
  const user = useUser();
  const files = useQuery(`files.${workspace.id}`, () => filesApi.list(workspace.id));
  const [error, setError] = useState<unknown>(null);
  const [uploading, setUploading] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const canUpload = canEditDocuments(workspace.role) && !workspace.archived;

  const upload = async (chosen: File[]) => {
    setError(null);
    for (const file of chosen) {
      setUploading(file.name);
      try {
        const { file: stored } = await filesApi.upload(workspace.id, file, file.name);
        files.setData((d) => ({ files: [stored, ...(d?.files ?? [])] }));
      } catch (err) {
        setError(err);
      }
    }
    setUploading(null);
  };

  const remove = async (file: FileView) => {
    if (!window.confirm(ft('confirmDelete', { name: file.name }))) return;
    try {
      await filesApi.remove(file.id);
      files.setData((d) => d && { files: d.files.filter((f) => f.id !== file.id) });
    } catch (err) {
      setError(err);
    }
  };

  const list = files.data?.files ?? [];
  return (
    <section className="card" aria-labelledby="files-heading" data-testid="files.section">
      <div className="section-header">
        <h2 id="files-heading">{ft('sectionTitle')}</h2>
      </div>
      <p className="muted">{ft('sectionIntro')}</p>
      {canUpload && (
        <div className="inline-form">
          <button
            type="button"
            className="button"
            disabled={uploading !== null}
            onClick={() => input.current?.click()}
            data-testid="files.upload"
          >
            {ft('upload')}
          </button>
          <input
            ref={input}
            type="file"
            multiple
            hidden
            tabIndex={-1}
            data-testid="files.upload.input"
            onChange={(e) => {
              const chosen = Array.from(e.currentTarget.files ?? []);
              e.currentTarget.value = '';
              void upload(chosen);
            }}
          />
          {uploading && (
            <span role="status" className="muted">
              {ft('uploadingFile', { name: uploading })}
            </span>
          )}
        </div>
      )}
      <ErrorNotice error={error ?? files.error} />
      {files.loading && !files.data ? (
        <Loading />
      ) : list.length === 0 ? (
        <p className="empty" data-testid="files.empty">
          {ft('empty')}
        </p>
      ) : (
        <ul className="doc-list" data-testid="files.list">
          {list.map((file) => (
            <li key={file.id} className="doc-list__item" data-testid="files.item">
              {isImageFile({ type: file.contentType }) ? (
                <img className="file-thumb" src={fileUrl(file.id, true)} alt="" loading="lazy" />
              ) : (
                <span className="doc-icon" aria-hidden="true" />
              )}
              <div className="doc-list__body">
                <a href={file.url} download={file.name} data-testid="files.download">
                  {file.name}
                </a>
                <span className="doc-list__meta">
                  {ft('details', {
                    size: formatBytes(file.bytes, i18n.language),
                    date: formatDateTime(file.createdAt, i18n.language, timeZone),
                  })}
                </span>
              </div>
              {(file.createdBy === user.id || workspace.role === 'facilitator') && (
                <div className="doc-list__actions">
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    onClick={() => void remove(file)}
                    aria-label={ft('deleteLabel', { name: file.name })}
                    data-testid="files.delete"
                  >
                    {ft('delete')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
