import { EmailPreferences } from '../../account/EmailPreferences.tsx';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { DetailsSection } from '../profile/DetailsSection.tsx';
import { PasswordSection } from '../profile/PasswordSection.tsx';
import { TokensSection } from '../profile/TokensSection.tsx';
import { WorkspaceCitiesSection } from '../profile/WorkspaceCitiesSection.tsx';
import { usePageTitle } from '../usePageTitle.ts';

/**
 * `/profile`: one section per concern (details, the city represented in each workspace, password,
 * API tokens), so a later feature adds its own section here. Loaded lazily like every page.
 */
export function ProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t('profile.title'));
  return (
    <div className="page profile-page">
      <header className="page__header">
        <h1 data-testid="profile.title">{t('profile.title')}</h1>
      </header>
      <div className="columns">
        <div className="columns__main">
          <DetailsSection />
          <WorkspaceCitiesSection />
        </div>
        <div className="columns__side">
          <EmailPreferences />
          <PasswordSection />
          <TokensSection />
        </div>
      </div>
    </div>
  );
}
