import { useId } from 'react';
import { useTranslation } from '../i18n/I18nProvider.tsx';
import { LANGUAGE_NAMES, toUiLanguage, UI_LANGUAGES } from '../i18n/languages.ts';
import { useSession } from '../session/SessionContext.tsx';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { changeLanguage } = useSession();
  const id = useId();
  const current = toUiLanguage(i18n.language) ?? 'en';
  return (
    <div className="language-switcher">
      <label htmlFor={id} className="visually-hidden">
        {t('app.language')}
      </label>
      <select
        id={id}
        value={current}
        onChange={(e) => {
          const next = toUiLanguage(e.target.value);
          if (next) void changeLanguage(next);
        }}
        data-testid="app.language"
      >
        {UI_LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {LANGUAGE_NAMES[lng]}
          </option>
        ))}
      </select>
    </div>
  );
}
