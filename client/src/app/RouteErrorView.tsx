import { useTranslation } from '../i18n/I18nProvider.tsx';

export function RouteErrorView({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <section className="card narrow" role="alert" data-testid="app.routeError">
      <h1>{t('errors.pageFailed')}</h1>
      <p className="muted">{error.message || t('errors.generic')}</p>
      <p>
        <a href="/">{t('app.home')}</a>
      </p>
    </section>
  );
}
