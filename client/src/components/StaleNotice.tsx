import { useTranslation } from '../i18n/I18nProvider.tsx';

/** Says the page shows the copy kept on this device because the server is unreachable. */
export function StaleNotice() {
  const { t } = useTranslation();
  return (
    <p className="notice" role="status" data-testid="app.stale">
      {t('errors.showingOfflineCopy')}
    </p>
  );
}
