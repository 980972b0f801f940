import { useTranslation } from '../i18n/I18nProvider.tsx';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status" data-testid="app.loading">
      {t('common.loading')}
    </p>
  );
}
