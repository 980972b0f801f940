import { suggestOverlap } from '@weft/time';
import { formatDateTime } from '../lib/formatDateTime.ts';
import { useSession } from '../session/SessionContext.tsx';
import { useLiveTranslation } from './useLiveTranslation.ts';

interface OverlapHintProps {
  /** `YYYY-MM-DD`, the day being planned. */
  date: string;
  cities: Readonly<Record<string, string>>;
  /** When given, a button takes the suggested start. */
  onPick?(start: Date): void;
}

/** When the member cities' working hours (09:00–17:00 local) overlap on `date`, in my own time. */
export function OverlapHint({ date, cities, onPick }: OverlapHintProps) {
  const { t, language } = useLiveTranslation();
  const { timeZone } = useSession();
  const zones = Object.values(cities);
  if (zones.length === 0 || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  let suggestion: ReturnType<typeof suggestOverlap>;
  try {
    suggestion = suggestOverlap(zones, { start: 9, end: 17 }, date);
  } catch {
    return null;
  }
  const time = (iso: string) => formatDateTime(iso, language, timeZone, 'time');
  const best = suggestion.intervals[0];
  const range = (i: { start: string; end: string }) =>
    `${time(i.start)}–${time(i.end)} (${t('sessions.yourTime').toLowerCase()})`;
  const cityOf = (zone: string) => Object.keys(cities).filter((c) => cities[c] === zone);
  return (
    <div className="overlap" data-testid="session.overlap" data-full={String(suggestion.full)}>
      <p className="overlap__title">{t('overlap.title')}</p>
      {best ? (
        <p className="overlap__text">
          {suggestion.full
            ? t('overlap.everyone', { range: range(best) })
            : t('overlap.partial', {
                cities: best.zones.flatMap(cityOf).join(', '),
                range: range(best),
              })}{' '}
          {onPick && (
            <button
              type="button"
              className="button button--small"
              onClick={() => onPick(new Date(best.start))}
              data-testid="session.overlap.use"
            >
              {t('overlap.use', { time: time(best.start) })}
            </button>
          )}
        </p>
      ) : (
        <p className="overlap__text">{t('overlap.none')}</p>
      )}
    </div>
  );
}
