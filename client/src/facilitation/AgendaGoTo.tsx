import type { FacilitationState } from '@weft/protocol';
import { useState } from 'react';
import { facilitationApi } from './facilitationApi.ts';
import { useFacilitationTranslation } from './useFacilitationTranslation.ts';

interface AgendaGoToProps {
  sessionId: string;
  index: number;
  title: string;
  apply(state: FacilitationState): void;
}

/** The facilitator's "Go to this item" beside an agenda item: the timer moves there, ready. */
export function AgendaGoTo({ sessionId, index, title, apply }: AgendaGoToProps) {
  const { t } = useFacilitationTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button button--small"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        facilitationApi
          .timer(sessionId, { action: 'goto', index })
          .then(apply, () => undefined)
          .finally(() => setBusy(false));
      }}
      data-testid="session.agenda.goto"
    >
      {t('timer.goTo')}
      <span className="visually-hidden">: {title}</span>
    </button>
  );
}

/** The "Now" badge of the agenda item the timer is on. */
export function AgendaNowBadge() {
  const { t } = useFacilitationTranslation();
  return (
    <span className="badge agenda__now" data-testid="session.agenda.now">
      {t('timer.current')}
    </span>
  );
}
