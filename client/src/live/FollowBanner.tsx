import { useSyncExternalStore } from 'react';
import type { LiveClient } from './LiveClient.ts';
import { useLiveTranslation } from './useLiveTranslation.ts';

/** "Following Sofie — Stop" while following; "Stopped following Sofie — Resume" after I acted myself. */
export function FollowBanner({ client }: { client: LiveClient }) {
  const { t } = useLiveTranslation();
  const { following, paused } = useSyncExternalStore(client.subscribe, client.getSnapshot);
  const person = following ?? paused;
  if (!person) return null;
  return (
    <div
      className={`follow-banner follow-banner--${following ? 'following' : 'paused'}`}
      role="status"
      data-live-banner=""
      data-testid="live.follow.banner"
      data-state={following ? 'following' : 'paused'}
    >
      <span className="follow-banner__text" title={following ? t('follow.hint') : undefined}>
        {following
          ? t('follow.following', { name: person.name })
          : t('follow.stopped', { name: person.name })}
      </span>
      {following ? (
        <button
          type="button"
          className="button button--small"
          onClick={() => client.stopFollowing('explicit')}
          data-testid="live.follow.stop"
        >
          {t('follow.stop')}
        </button>
      ) : (
        <>
          <button
            type="button"
            className="button button--small button--primary"
            onClick={() => client.resume()}
            data-testid="live.follow.resume"
          >
            {t('follow.resume')}
          </button>
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => client.stopFollowing('explicit')}
            aria-label={t('follow.dismiss')}
            data-testid="live.follow.dismiss"
          >
            ×
          </button>
        </>
      )}
    </div>
  );
}
