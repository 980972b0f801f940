import { PresenceList } from './PresenceList.tsx';
import { useLiveTranslation } from './useLiveTranslation.ts';

/** The workspace page's "Online now": who is here and in which document, with Follow buttons. */
export function OnlineSection({ documentTitles }: { documentTitles: ReadonlyMap<string, string> }) {
  const { t } = useLiveTranslation();
  return (
    <section className="card" aria-labelledby="online-heading" data-testid="presence.online">
      <h2 id="online-heading">{t('online.title')}</h2>
      <PresenceList
        documentTitles={documentTitles}
        testIdPrefix="presence.online"
        followTestId="presence.online.follow"
        emptyText={t('online.empty')}
      />
    </section>
  );
}
