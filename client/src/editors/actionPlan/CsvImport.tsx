import type { CsvImportErrorDetail, ImportPlanResponse } from '@weft/protocol';
import { useId, useState } from 'react';
import { errorKey } from '../../components/ErrorNotice.tsx';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { usePlanT } from './PlanStringsProvider.tsx';
import { PlanApiError, planApi } from './planApi.ts';

const MAX_BYTES = 2 * 1024 * 1024;

type Outcome =
  | { kind: 'done'; result: ImportPlanResponse }
  | { kind: 'problems'; problems: CsvImportErrorDetail[] }
  | { kind: 'error'; message: string }
  | null;

/** Imports items from a CSV file; a refused file lists every problem by row and column. */
export function CsvImport({ documentId }: { documentId: string }) {
  const t = usePlanT();
  const { t: appT } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const upload = async (file: File) => {
    if (file.size > MAX_BYTES) {
      setOutcome({ kind: 'error', message: t('import.tooLarge') });
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ kind: 'done', result: await planApi.importCsv(documentId, file) });
    } catch (err) {
      const problems = err instanceof PlanApiError ? err.csvProblems : [];
      if (problems.length > 0) setOutcome({ kind: 'problems', problems });
      else if (err instanceof PlanApiError && err.status === 413)
        setOutcome({ kind: 'error', message: t('import.tooLarge') });
      else setOutcome({ kind: 'error', message: appT(errorKey(err)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <label
        className={`button button--small plan-import${busy ? ' plan-import--busy' : ''}`}
        htmlFor={id}
        title={t('import.label')}
      >
        {busy ? t('import.importing') : t('import.button')}
        <input
          id={id}
          type="file"
          accept=".csv,text/csv"
          className="visually-hidden"
          disabled={busy}
          aria-label={t('import.label')}
          data-testid="plan.import.file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void upload(file);
          }}
        />
      </label>
      {outcome && (
        <div className="plan-import-result" data-testid="plan.import.result" data-outcome={outcome.kind}>
          {outcome.kind === 'done' && (
            <p className="notice notice--info" role="status">
              {t('import.done', {
                imported: outcome.result.imported,
                created: outcome.result.created,
                updated: outcome.result.updated,
              })}
            </p>
          )}
          {outcome.kind === 'error' && (
            <p className="form-error" role="alert">
              {outcome.message}
            </p>
          )}
          {outcome.kind === 'problems' && (
            <div role="alert">
              <p className="form-error">{t('import.failed', { count: outcome.problems.length })}</p>
              <table className="plan-import-errors" data-testid="plan.import.errors">
                <thead>
                  <tr>
                    <th scope="col">{t('import.row')}</th>
                    <th scope="col">{t('import.column')}</th>
                    <th scope="col">{t('import.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {outcome.problems.map((p, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity beyond their place
                    <tr key={i} data-testid="plan.import.error">
                      <td>{p.row === 0 ? t('import.wholeFile') : p.row}</td>
                      <td>{p.column ?? '—'}</td>
                      <td>{p.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setOutcome(null)}
          >
            ×<span className="visually-hidden">{appT('common.cancel')}</span>
          </button>
        </div>
      )}
    </>
  );
}
