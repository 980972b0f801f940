import type { FacilitationState } from '@weft/protocol';
import { useEffect, useRef, useState } from 'react';
import { facilitationApi } from './facilitationApi.ts';
import { useFacilitationTranslation } from './useFacilitationTranslation.ts';

interface HandsPanelProps {
  sessionId: string;
  state: FacilitationState;
  myUserId: string;
  isFacilitator: boolean;
  apply(state: FacilitationState): void;
}

/** Who raised a hand, in order; my own raise/lower button; "Answered" for facilitators. */
export function HandsPanel({ sessionId, state, myUserId, isFacilitator, apply }: HandsPanelProps) {
  const { t, language } = useFacilitationTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const mine = state.hands.some((h) => h.userId === myUserId);
  const announcement = useNewHandAnnouncement(state, myUserId, (name) => t('hands.raised', { name }));
  const time = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' });

  const run = async (call: () => Promise<FacilitationState>) => {
    setBusy(true);
    setError('');
    try {
      apply(await call());
    } catch (err) {
      setError(t('hands.failed', { message: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card hands" aria-labelledby="hands-heading" data-testid="hands">
      <h2 id="hands-heading">{t('hands.title')}</h2>
      <button
        type="button"
        className={`button${mine ? '' : ' button--primary'}`}
        aria-pressed={mine}
        disabled={busy}
        onClick={() =>
          void run(() =>
            mine ? facilitationApi.lowerHand(sessionId, myUserId) : facilitationApi.raiseHand(sessionId),
          )
        }
        data-testid={mine ? 'hands.lower' : 'hands.raise'}
      >
        <span aria-hidden="true">✋ </span>
        {mine ? t('hands.lower') : t('hands.raise')}
      </button>
      {state.hands.length === 0 ? (
        <p className="empty" data-testid="hands.none">
          {t('hands.none')}
        </p>
      ) : (
        <ol className="hands__list" data-testid="hands.list">
          {state.hands.map((hand) => (
            <li key={hand.userId} className="hands__item" data-testid="hands.item" data-user-id={hand.userId}>
              <span className="hands__name">
                {hand.name} {hand.userId === myUserId && <span className="muted">{t('hands.you')}</span>}
              </span>
              <span className="hands__since muted">
                {t('hands.since', { time: time.format(new Date(hand.raisedAt)) })}
              </span>
              {isFacilitator && (
                <button
                  type="button"
                  className="button button--small"
                  disabled={busy}
                  aria-label={t('hands.answeredLabel', { name: hand.name })}
                  onClick={() => void run(() => facilitationApi.lowerHand(sessionId, hand.userId))}
                  data-testid="hands.answered"
                >
                  {t('hands.answered')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <p className="visually-hidden" aria-live="polite" data-testid="hands.announcement">
        {announcement}
      </p>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
    </section>
  );
}

/** "Lan raised a hand" for hands that went up while the page was open (not those found on opening). */
function useNewHandAnnouncement(state: FacilitationState, myUserId: string, text: (name: string) => string) {
  const known = useRef<Set<string> | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const ids = state.hands.map((h) => h.userId).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the list of ids stands for the hands
  useEffect(() => {
    const before = known.current;
    known.current = new Set(state.hands.map((h) => h.userId));
    if (!before) return;
    const fresh = state.hands.filter((h) => !before.has(h.userId) && h.userId !== myUserId);
    if (fresh.length > 0) setAnnouncement(fresh.map((h) => text(h.name)).join(' '));
  }, [ids]);
  return announcement;
}
