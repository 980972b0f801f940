import { showInCities } from '@weft/time';
import { formatDateTime, intlLocale } from '../lib/formatDateTime.ts';
import { useSession } from '../session/SessionContext.tsx';
import { useLiveTranslation } from './useLiveTranslation.ts';

interface CityTimesProps {
  /** ISO-8601 instant. */
  start: string;
  /** City name → IANA zone: the workspace cities. */
  cities: Readonly<Record<string, string>>;
  testId?: string;
}

/** One instant in the reader's own zone and in each member city's zone. */
export function CityTimes({ start, cities, testId = 'session.times' }: CityTimesProps) {
  const { t, language } = useLiveTranslation();
  const { timeZone } = useSession();
  const locale = intlLocale(language);
  const mine = formatDateTime(start, language, timeZone, 'dateTimeZone');
  return (
    <dl className="city-times" data-testid={testId}>
      <div className="city-times__row city-times__row--mine">
        <dt>{t('sessions.yourTime')}</dt>
        <dd data-testid={`${testId}.mine`}>{mine}</dd>
      </div>
      {showInCities(start, cities, locale).map((c) => (
        <div className="city-times__row" key={c.city}>
          <dt>{c.city}</dt>
          <dd data-testid={`${testId}.city`} data-city={c.city} data-iso={c.iso}>
            {c.label}
          </dd>
        </div>
      ))}
    </dl>
  );
}
