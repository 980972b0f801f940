import { ApiError } from '../api/ApiError.ts';
import { useTranslation } from '../i18n/I18nProvider.tsx';
import type { LocaleStrings } from '../i18n/locales/en.ts';

export type ErrorKey = `errors.${keyof LocaleStrings['errors']}`;

/** Explains a failed request in the reader's language. */
export function errorKey(error: unknown): ErrorKey {
  if (!(error instanceof ApiError)) return 'errors.generic';
  if (error.isOffline) return 'errors.offline';
  switch (error.status) {
    case 400:
    case 422:
      return 'errors.validation';
    case 401:
      return 'errors.unauthorized';
    case 403:
      return 'errors.forbidden';
    case 404:
      return 'errors.notFound';
    case 409:
      return 'errors.conflict';
    case 410:
      return 'errors.gone';
    case 429:
      return 'errors.rateLimited';
    default:
      return error.status >= 500 ? 'errors.server' : 'errors.generic';
  }
}

export function ErrorNotice({ error, testId = 'app.error' }: { error: unknown; testId?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p role="alert" className="form-error" data-testid={testId}>
      {t(errorKey(error))}
    </p>
  );
}
