import type { PlanDiff } from '@weft/model';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';

type PlanKey = ParseKeys<'plan'>;

function show(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return empty;
    return value
      .map((v) => (typeof v === 'object' && v !== null && 'name' in v ? String(v.name) : show(v, empty)))
      .join(', ');
  }
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([key, v]) => key !== 'id' && v !== '' && v !== null)
      .map(([key, v]) => `${key}: ${show(v, empty)}`);
    return parts.length > 0 ? parts.join('; ') : empty;
  }
  return empty;
}

/** What changed between an agreed version and the current draft, item by item. */
export function DiffView({ diff, versionName }: { diff: PlanDiff; versionName: string }) {
  const { t, i18n } = useTranslation('plan');
  const empty = t('diff.empty');
  const fieldName = (field: string) => {
    const key =
      field === 'leadResponsible' ? 'leadPerson' : field === 'partnerResponsible' ? 'partnerPerson' : field;
    return i18n.exists(`field.${key}`, { ns: 'plan' }) ? t(`field.${key}` as PlanKey) : field;
  };
  const untitled = t('row.untitled');
  const value = (field: string, v: unknown) =>
    typeof v === 'string' && (field === 'status' || field === 'level')
      ? t(`${field}.${v}` as PlanKey)
      : show(v, empty);
  return (
    <section
      className="plan-diff"
      data-testid="plan.diff"
      aria-label={t('diff.title', { version: versionName })}
    >
      <h3>{t('diff.title', { version: versionName })}</h3>
      {diff.isEmpty && <p>{t('diff.none')}</p>}
      {diff.meta.length > 0 && (
        <>
          <h4>{t('diff.meta')}</h4>
          <ul>
            {diff.meta.map((change) => (
              <li key={change.field} data-testid="plan.diff.meta">
                {change.field}: <del>{show(change.before, empty)}</del> →{' '}
                <ins>{show(change.after, empty)}</ins>
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.added.length > 0 && (
        <>
          <h4>{t('diff.added')}</h4>
          <ul>
            {diff.added.map((item) => (
              <li key={item.id} data-testid="plan.diff.added">
                <ins>{item.title || untitled}</ins>
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.removed.length > 0 && (
        <>
          <h4>{t('diff.removed')}</h4>
          <ul>
            {diff.removed.map((item) => (
              <li key={item.id} data-testid="plan.diff.removed">
                <del>{item.title || untitled}</del>
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.changed.length > 0 && (
        <>
          <h4>{t('diff.changed')}</h4>
          <ul>
            {diff.changed.map((item) => (
              <li key={item.id} data-testid="plan.diff.changed" data-item-id={item.id}>
                <strong>{item.title || untitled}</strong>
                <ul>
                  {item.fields.map((change) => (
                    <li key={change.field} data-field={change.field}>
                      {fieldName(change.field)}: <del>{value(change.field, change.before)}</del> →{' '}
                      <ins>{value(change.field, change.after)}</ins>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.moved.length > 0 && (
        <>
          <h4>{t('diff.moved')}</h4>
          <ul>
            {diff.moved.map((item) => (
              <li key={item.id} data-testid="plan.diff.moved">
                {item.title || untitled} — {t('diff.movedFromTo', { from: item.from + 1, to: item.to + 1 })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
