import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { Link } from '../router.tsx';
import { usePageTitle } from '../usePageTitle.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('errors.pageNotFound'));
  return (
    <section className="card narrow">
      <h1>{t('errors.pageNotFound')}</h1>
      <p>
        <Link to="/">{t('app.home')}</Link>
      </p>
    </section>
  );
}
