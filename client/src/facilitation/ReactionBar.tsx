import { REACTIONS, type Reaction, type SessionReaction } from '@weft/protocol';
import { useState } from 'react';
import { ApiError } from '../api/ApiError.ts';
import { facilitationApi } from './facilitationApi.ts';
import { useFacilitationTranslation } from './useFacilitationTranslation.ts';

const LABEL_KEYS: Record<Reaction, string> = {
  '👍': 'thumbsUp',
  '👏': 'clap',
  '❤️': 'heart',
  '😂': 'laugh',
  '🎉': 'party',
  '❓': 'question',
};

interface ReactionBarProps {
  sessionId: string;
  reactions: readonly SessionReaction[];
}

/** Reaction buttons and the reactions of the last seconds, floating briefly and read out politely. */
export function ReactionBar({ sessionId, reactions }: ReactionBarProps) {
  const { t } = useFacilitationTranslation();
  const [notice, setNotice] = useState('');
  const label = (emoji: Reaction) => t(`reactions.labels.${LABEL_KEYS[emoji]}`);
  const latest = reactions.at(-1);

  const send = async (emoji: Reaction) => {
    try {
      await facilitationApi.react(sessionId, emoji);
      setNotice('');
    } catch (err) {
      setNotice(
        err instanceof ApiError && err.status === 429 ? t('reactions.tooMany') : (err as Error).message,
      );
    }
  };

  return (
    <section className="card reactions" aria-labelledby="reactions-heading" data-testid="reactions">
      <h2 id="reactions-heading">{t('reactions.title')}</h2>
      <div className="reactions__buttons">
        {REACTIONS.map((emoji) => (
          <button
            key={emoji}
            type="button"
            className="button reactions__button"
            aria-label={t('reactions.send', { label: label(emoji) })}
            onClick={() => void send(emoji)}
            data-testid="reactions.send"
            data-emoji={emoji}
          >
            {emoji}
          </button>
        ))}
      </div>
      <ul className="reactions__stream" aria-hidden="true" data-testid="reactions.stream">
        {reactions.map((r) => (
          <li key={r.id} className="reactions__item" data-testid="reactions.item" data-emoji={r.emoji}>
            <span className="reactions__emoji">{r.emoji}</span>{' '}
            <span className="reactions__who">{r.name}</span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" aria-live="polite" data-testid="reactions.announcement">
        {latest ? t('reactions.announced', { name: latest.name, label: label(latest.emoji) }) : ''}
      </p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
    </section>
  );
}
