import { useEffect, useState } from 'react';
import type { ConnectionState, SaveSnapshot } from '../collab/SaveTracker.ts';
import { useTranslation } from '../i18n/I18nProvider.tsx';
import { createSaveAnnouncer } from './createSaveAnnouncer.ts';
import { useAnnouncement } from './useAnnouncement.ts';

/** The live region's side of the status: what `createSaveAnnouncer` decided to say. */
function useSpokenState(state: ConnectionState): string {
  const { t } = useTranslation();
  const [message, announce] = useAnnouncement();
  const [announcer, setAnnouncer] = useState<ReturnType<typeof createSaveAnnouncer> | null>(null);
  useEffect(() => {
    const a = createSaveAnnouncer((s) => announce(t(`connection.${s}`)));
    setAnnouncer(a);
    return () => a.destroy();
  }, [announce, t]);
  useEffect(() => announcer?.update(state), [announcer, state]);
  return message;
}

/** Always-visible sync state; `data-state` is the machine-readable value (tests, styling). */
export function ConnectionStatus({ snapshot }: { snapshot: SaveSnapshot }) {
  const { t } = useTranslation();
  const { state, unsaved, storedOnDevice } = snapshot;
  const spoken = useSpokenState(state);
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
      // Not live itself: it flips between "connected" and "saved" with every keystroke.
      aria-live="off"
    >
      <span className="connection__dot" aria-hidden="true" />
      <span>{t(`connection.${state}`)}</span>
      {detail && <span className="connection__detail">· {detail}</span>}
      <span role="status" className="visually-hidden" data-testid="connection.announcement">
        {spoken}
      </span>
    </output>
  );
}
