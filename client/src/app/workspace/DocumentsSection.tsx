import { type FormEvent, useState } from 'react';
import { canEditDocuments, type DocumentKind, type DocumentMeta, type Workspace } from '../../api/types.ts';
import { weftApi } from '../../api/weftApi.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { toUiLanguage } from '../../i18n/languages.ts';
import { formatDateTime } from '../../lib/formatDateTime.ts';
import { useQuery } from '../../lib/useQuery.ts';
import { useSession } from '../../session/SessionContext.tsx';
import { documentPath } from '../documentPath.ts';
import { Link, useNavigate } from '../router.tsx';
import { type TemplateChoice, TemplatePicker } from './TemplatePicker.tsx';

const KINDS: readonly DocumentKind[] = ['note', 'actionPlan', 'whiteboard'];

export function DocumentsSection({ workspace }: { workspace: Workspace }) {
  const { t, i18n } = useTranslation();
  const { timeZone } = useSession();
  const navigate = useNavigate();
  const docs = useQuery(`documents.${workspace.id}`, () => weftApi.listDocuments(workspace.id));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const canEdit = canEditDocuments(workspace.role);
  const [type, setType] = useState<DocumentKind>('note');
  const [choice, setChoice] = useState<TemplateChoice>(() => ({
    templateId: '',
    language: toUiLanguage(i18n.language) ?? 'en',
  }));
  const templates = useQuery(`templates.${workspace.id}.${choice.language}`, () =>
    weftApi.listTemplates(workspace.id, choice.language),
  );

  const replace = (doc: DocumentMeta) =>
    docs.setData((d) => d && { documents: d.documents.map((x) => (x.id === doc.id ? doc : x)) });

  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const template = templates.data?.templates.find((x) => x.id === choice.templateId && x.type === type);
    const title =
      String(form.get('title') ?? '').trim() || template?.title || t(`documents.defaultTitle.${type}`);
    setBusy(true);
    setError(null);
    try {
      const { document } = await weftApi.createDocument(
        workspace.id,
        type,
        title,
        template && { templateId: template.id, language: choice.language },
      );
      navigate(documentPath(workspace.id, document.type, document.id));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const rename = async (event: FormEvent<HTMLFormElement>, doc: DocumentMeta) => {
    event.preventDefault();
    const title = String(new FormData(event.currentTarget).get('title') ?? '').trim();
    setRenaming(null);
    if (!title || title === doc.title) return;
    try {
      replace((await weftApi.renameDocument(doc.id, title)).document);
    } catch (err) {
      setError(err);
    }
  };

  const archive = async (doc: DocumentMeta) => {
    try {
      replace((await weftApi.archiveDocument(doc.id)).document);
    } catch (err) {
      setError(err);
    }
  };

  const all = docs.data?.documents ?? [];
  const visible = all.filter((d) => showArchived || !d.archived);
  const archivedCount = all.length - all.filter((d) => !d.archived).length;

  return (
    <section className="card" aria-labelledby="docs-heading">
      <div className="section-header">
        <h2 id="docs-heading">{t('documents.title')}</h2>
        {archivedCount > 0 && (
          <label className="toggle">
            <input
              type="checkbox"
              checked={showArchived}
              onChange={(e) => setShowArchived(e.target.checked)}
            />
            {t('documents.showArchived', { count: archivedCount })}
          </label>
        )}
      </div>
      {canEdit && (
        <form className="inline-form" onSubmit={create} aria-label={t('documents.createLabel')}>
          <label className="field field--grow">
            <span>{t('documents.newTitle')}</span>
            <input name="title" maxLength={200} data-testid="documents.create.title" />
          </label>
          <label className="field">
            <span>{t('documents.type')}</span>
            <select
              name="type"
              value={type}
              onChange={(e) => {
                setType(e.target.value as DocumentKind);
                setChoice((c) => ({ ...c, templateId: '' }));
              }}
              data-testid="documents.create.type"
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`documents.kind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <TemplatePicker
            type={type}
            templates={templates}
            choice={choice}
            onChange={setChoice}
            canDelete={workspace.role === 'facilitator'}
            onError={setError}
          />
          <button
            type="submit"
            className="button button--primary"
            // While a chosen template's list reloads (another language), wait rather than create a blank one.
            disabled={busy || (choice.templateId !== '' && templates.loading)}
            data-testid="documents.create.submit"
          >
            {t('documents.create')}
          </button>
        </form>
      )}
      <ErrorNotice error={error ?? docs.error} />
      {docs.loading && !docs.data ? (
        <Loading />
      ) : visible.length === 0 ? (
        <p className="empty" data-testid="documents.empty">
          {canEdit ? t('documents.emptyEditor') : t('documents.empty')}
        </p>
      ) : (
        <ul className="doc-list" data-testid="documents.list">
          {visible.map((doc) => (
            <li
              key={doc.id}
              className={`doc-list__item${doc.archived ? ' doc-list__item--archived' : ''}`}
              data-testid="documents.item"
            >
              <span className={`doc-icon doc-icon--${doc.type}`} aria-hidden="true" />
              {renaming === doc.id ? (
                <form className="doc-list__rename" onSubmit={(e) => void rename(e, doc)}>
                  <label className="visually-hidden" htmlFor={`rename-${doc.id}`}>
                    {t('common.title')}
                  </label>
                  <input
                    id={`rename-${doc.id}`}
                    name="title"
                    defaultValue={doc.title}
                    maxLength={200}
                    // biome-ignore lint/a11y/noAutofocus: the user just asked to rename this document
                    autoFocus
                    onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
                    data-testid="documents.rename.input"
                  />
                  <button type="submit" className="button button--small">
                    {t('common.save')}
                  </button>
                </form>
              ) : (
                <div className="doc-list__body">
                  <Link to={documentPath(workspace.id, doc.type, doc.id)} data-testid="documents.open">
                    {doc.title || t('common.untitled')}
                  </Link>
                  <span className="doc-list__meta">
                    {t(`documents.kind.${doc.type}`)} ·{' '}
                    {t('documents.updated', { date: formatDateTime(doc.updatedAt, i18n.language, timeZone) })}
                    {doc.archived && ` · ${t('common.archived')}`}
                  </span>
                </div>
              )}
              {canEdit && !doc.archived && renaming !== doc.id && (
                <div className="doc-list__actions">
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    onClick={() => setRenaming(doc.id)}
                    aria-label={t('documents.renameLabel', { title: doc.title })}
                    data-testid="documents.rename"
                  >
                    {t('common.rename')}
                  </button>
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    onClick={() => void archive(doc)}
                    aria-label={t('documents.archiveLabel', { title: doc.title })}
                    data-testid="documents.archive"
                  >
                    {t('common.archive')}
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
