import {
  type AgendaItem,
  type FacilitationState,
  remainingAt,
  type TimerActionRequest,
  timerAt,
} from '@weft/protocol';
import { useEffect, useRef, useState } from 'react';
import { playEndTone, setSoundEnabled, soundEnabled } from './endSignal.ts';
import { facilitationApi } from './facilitationApi.ts';
import { formatCountdown } from './serverClock.ts';
import { useFacilitationTranslation } from './useFacilitationTranslation.ts';

interface SessionTimerPanelProps {
  sessionId: string;
  agenda: readonly AgendaItem[];
  state: FacilitationState;
  offset: number;
  canControl: boolean;
  apply(state: FacilitationState): void;
  /** Told the effective agenda item, which moves on by itself when a countdown reaches zero. */
  onCurrentItem(index: number): void;
}

const TICK_MS = 250;
/** An end further back than this (a reload long after) is not signalled again. */
const SIGNAL_WINDOW_MS = 5000;
const PULSE_MS = 3000;

/** The shared countdown: big remaining time for everyone, the controls for facilitators. */
export function SessionTimerPanel(props: SessionTimerPanelProps) {
  const { sessionId, agenda, state, offset, canControl, apply, onCurrentItem } = props;
  const { t } = useFacilitationTranslation();
  const [, setTick] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [pulsing, setPulsing] = useState(false);
  const [sound, setSound] = useState(soundEnabled);

  // Never this device's clock alone: the server's time as estimated from the REST round trips.
  const serverNow = Date.now() + offset;
  const timer = timerAt(state.timer, agenda, serverNow);
  const remaining = remainingAt(timer, serverNow);
  const running = timer.status === 'running';
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setTick((n) => n + 1), TICK_MS);
    return () => clearInterval(id);
  }, [running]);

  useEffect(() => onCurrentItem(timer.itemIndex), [timer.itemIndex, onCurrentItem]);

  const titleOf = (index: number) => agenda[index]?.title ?? t('timer.noAgenda');
  const key = `${timer.itemIndex}|${timer.status}|${timer.endsAt}|${timer.endedAt}`;
  const latest = useRef({ t, titleOf, sound, serverNow, timer });
  latest.current = { t, titleOf, sound, serverNow, timer };
  const previous = useRef<{ key: string; endedAt: number | null } | null>(null);
  // Once per change of the timer (its key); everything else is read from `latest`.
  useEffect(() => {
    const { t, titleOf, sound, serverNow, timer } = latest.current;
    const before = previous.current;
    previous.current = { key, endedAt: timer.endedAt };
    if (before?.key === key) return;
    const time = formatCountdown(remainingAt(timer, serverNow));
    // Signalled when seen happening (or within seconds of it), not on opening the page long after.
    const freshEnd =
      timer.endedAt !== null &&
      timer.endedAt !== before?.endedAt &&
      serverNow - timer.endedAt < SIGNAL_WINDOW_MS;
    if (freshEnd) {
      setAnnouncement(
        timer.status === 'ready'
          ? t('timer.endedNext', { title: titleOf(timer.itemIndex) })
          : t('timer.ended', { title: titleOf(timer.itemIndex) }),
      );
      setPulsing(true);
      if (sound) playEndTone();
    } else if (before && timer.status === 'running') {
      setAnnouncement(t('timer.started', { time, title: titleOf(timer.itemIndex) }));
    } else if (before && timer.status === 'paused') {
      setAnnouncement(t('timer.pausedAt', { time }));
    }
  }, [key]);
  useEffect(() => {
    if (!pulsing) return;
    const id = setTimeout(() => setPulsing(false), PULSE_MS);
    return () => clearTimeout(id);
  }, [pulsing]);

  const act = async (action: TimerActionRequest) => {
    setBusy(true);
    setError('');
    try {
      apply(await facilitationApi.timer(sessionId, action));
    } catch (err) {
      setError(t('timer.failed', { message: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const itemLabel =
    agenda.length === 0
      ? t('timer.noAgenda')
      : t('timer.item', {
          number: timer.itemIndex + 1,
          count: agenda.length,
          title: titleOf(timer.itemIndex),
        });
  const button = (testId: string, label: string, action: TimerActionRequest) => (
    <button
      type="button"
      className="button button--small"
      disabled={busy}
      onClick={() => void act(action)}
      data-testid={testId}
    >
      {label}
    </button>
  );

  return (
    <section
      className={`card timer${pulsing ? ' timer--ended' : ''}`}
      aria-labelledby="timer-heading"
      data-testid="timer"
      data-status={timer.status}
      data-item-index={timer.itemIndex}
    >
      <h2 id="timer-heading">{t('timer.title')}</h2>
      <p className="timer__item" data-testid="timer.item">
        {itemLabel}
      </p>
      <p className="timer__display">
        <span className="visually-hidden">{t('timer.remaining')}: </span>
        <span
          className="timer__time"
          role="timer"
          data-testid="timer.remaining"
          data-remaining-ms={Math.round(remaining)}
        >
          {formatCountdown(remaining)}
        </span>
        <span className={`badge timer__status timer__status--${timer.status}`} data-testid="timer.status">
          {t(`timer.status.${timer.status}`)}
        </span>
      </p>
      {canControl && (
        <div className="button-row timer__controls" data-testid="timer.controls">
          {timer.status === 'ready' && (
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void act({ action: 'start' })}
              data-testid="timer.start"
            >
              {t('timer.start')}
            </button>
          )}
          {timer.status === 'running' && (
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void act({ action: 'pause' })}
              data-testid="timer.pause"
            >
              {t('timer.pause')}
            </button>
          )}
          {timer.status === 'paused' && (
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void act({ action: 'resume' })}
              data-testid="timer.resume"
            >
              {t('timer.resume')}
            </button>
          )}
          {[1, 5].map((minutes) =>
            button(`timer.extend.${minutes}`, t('timer.extend', { minutes }), { action: 'extend', minutes }),
          )}
          {button('timer.reset', t('timer.reset'), { action: 'reset' })}
          {agenda.length > 1 && (
            <>
              {timer.itemIndex > 0 && button('timer.previous', t('timer.previous'), { action: 'previous' })}
              {timer.itemIndex < agenda.length - 1 &&
                button('timer.next', t('timer.next'), { action: 'next' })}
            </>
          )}
        </div>
      )}
      <label className="timer__sound">
        <input
          type="checkbox"
          checked={sound}
          onChange={(e) => {
            setSound(e.target.checked);
            setSoundEnabled(e.target.checked);
          }}
          data-testid="timer.sound"
        />{' '}
        {t('timer.sound')}
      </label>
      <p className="visually-hidden" aria-live="polite" data-testid="timer.announcement">
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
