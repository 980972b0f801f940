import type { DocumentKind } from '../api/types.ts';
import { weftApi } from '../api/weftApi.ts';
import { Link, useParams } from '../app/router.tsx';
import { useTranslation } from '../i18n/I18nProvider.tsx';
import { useQuery } from '../lib/useQuery.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { Loading } from './Loading.tsx';

/** Stands on the action plan and whiteboard routes until their editors land. */
export function EditorComingPage({ kind }: { kind: DocumentKind }) {
  const { t } = useTranslation();
  const { workspaceId = '', documentId = '' } = useParams();
  const meta = useQuery(`document.${documentId}`, () => weftApi.getDocument(documentId));
  if (meta.loading && !meta.data) return <Loading />;
  return (
    <section className="card narrow coming" data-testid="editor.coming" data-kind={kind}>
      <p className="eyebrow">{t(`documents.kind.${kind}`)}</p>
      <h1>{meta.data?.document.title || t('common.untitled')}</h1>
      {meta.error ? (
        <ErrorNotice error={meta.error} />
      ) : (
        <p>{t('editorComing.body', { kind: t(`documents.kind.${kind}`) })}</p>
      )}
      <p>
        <Link to={`/workspaces/${encodeURIComponent(workspaceId)}`}>← {t('notes.backToWorkspace')}</Link>
      </p>
    </section>
  );
}
