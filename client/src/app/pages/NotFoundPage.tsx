import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { Link } from '../router.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="card narrow">
      <h1>{t('errors.pageNotFound')}</h1>
      <p>
        <Link to="/">{t('app.home')}</Link>
      </p>
    </section>
  );
}
