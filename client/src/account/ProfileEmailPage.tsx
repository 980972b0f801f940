import { usePageTitle } from '../app/usePageTitle.ts';
import { useTranslation } from '../i18n/I18nProvider.tsx';
import { EmailPreferences } from './EmailPreferences.tsx';

/** `/profile`: hosts the email preferences until the full profile page takes them in. */
export function ProfileEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t('email.profileTitle'));
  return (
    <div className="narrow">
      <h1>{t('email.profileTitle')}</h1>
      <EmailPreferences />
    </div>
  );
}
