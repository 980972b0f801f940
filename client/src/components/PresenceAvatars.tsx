import { useEffect, useRef } from 'react';
import type { PresentPerson } from '../collab/usePresence.ts';
import { useTranslation } from '../i18n/I18nProvider.tsx';
import { presenceChanges } from './presenceChanges.ts';
import { useAnnouncement } from './useAnnouncement.ts';

// Who is already there appears over the first moments after opening: that is not news.
const SETTLE_MS = 3000;

/** A polite live-region message when other people join or leave the document. */
function usePresenceAnnouncement(people: PresentPerson[]): string {
  const { t } = useTranslation();
  const [message, announce] = useAnnouncement();
  const before = useRef(people);
  const openedAt = useRef(Date.now());
  useEffect(() => {
    const { joined, left } = presenceChanges(before.current, people);
    before.current = people;
    if (Date.now() - openedAt.current < SETTLE_MS) return;
    const said = [
      ...joined.map((name) => t('presence.joined', { name })),
      ...left.map((name) => t('presence.left', { name })),
    ];
    if (said.length > 0) announce(said.join('. '));
  }, [people, t, announce]);
  return message;
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '?';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** Who is in the document right now, from awareness. */
export function PresenceAvatars({ people }: { people: PresentPerson[] }) {
  const { t } = useTranslation();
  const announcement = usePresenceAnnouncement(people);
  return (
    <>
      <ul
        className="presence"
        aria-label={t('presence.label', { count: people.length })}
        data-testid="presence.list"
      >
        {people.map((p) => {
          const label = p.isSelf
            ? t('presence.you', { name: p.name })
            : p.city
              ? `${p.name} (${p.city})`
              : p.name;
          return (
            <li
              key={p.userId}
              className="presence__avatar"
              style={{ backgroundColor: p.color }}
              title={label}
              aria-label={label}
              data-testid="presence.avatar"
              data-user-name={p.name}
            >
              <span aria-hidden="true">{initials(p.name)}</span>
            </li>
          );
        })}
      </ul>
      <p role="status" className="visually-hidden" data-testid="presence.announcement">
        {announcement}
      </p>
    </>
  );
}
