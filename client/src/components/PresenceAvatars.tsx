import type { PresentPerson } from '../collab/usePresence.ts';
import { useTranslation } from '../i18n/I18nProvider.tsx';

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '?';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** Who is in the document right now, from awareness. */
export function PresenceAvatars({ people }: { people: PresentPerson[] }) {
  const { t } = useTranslation();
  return (
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
  );
}
