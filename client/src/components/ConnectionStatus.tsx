import type { SaveSnapshot } from '../collab/SaveTracker.ts';
import { useTranslation } from '../i18n/I18nProvider.tsx';

/** Always-visible sync state; `data-state` is the machine-readable value (tests, styling). */
export function ConnectionStatus({ snapshot }: { snapshot: SaveSnapshot }) {
  const { t } = useTranslation();
  const { state, unsaved, storedOnDevice } = snapshot;
  // Only claim the edits are safe on this device once storage confirmed it.
  const detail =
    unsaved && storedOnDevice && (state === 'offline' || state === 'reconnecting')
      ? t('connection.keptLocally')
      : null;
  return (
    <output
      className={`connection connection--${state}`}
      data-testid="connection.status"
      data-state={state}
      data-unsaved={unsaved ? 'true' : 'false'}
      data-local={storedOnDevice ? 'stored' : 'pending'}
      aria-live="polite"
    >
      <span className="connection__dot" aria-hidden="true" />
      <span>{t(`connection.${state}`)}</span>
      {detail && <span className="connection__detail">· {detail}</span>}
    </output>
  );
}
