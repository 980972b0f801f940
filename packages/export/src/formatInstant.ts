// Dates, times, zones and amounts as a reader of the export's language writes them (Intl).

const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

// Building an Intl formatter costs far more than using one (ICU loads the locale's patterns), and a
// 200-item plan formats hundreds of dates and amounts: each formatter is built once per worker.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cachedFormatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, build: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = build();
    formatters.set(key, formatter);
  }
  return formatter;
}

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cachedFormatter(
    `d\u0000${locale}\u0000${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, options),
  );
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cachedFormatter(
    `n\u0000${locale}\u0000${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(locale, options),
  );
}

function valid(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

function zoneAbbreviation(date: Date, timeZone: string, locale: string): string {
  return (
    dateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
      .formatToParts(date)
      .find((part) => part.type === 'timeZoneName')?.value ?? ''
  );
}

// Zone ids whose last part is an old or shortened city name.
const ZONE_CITIES: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Kolkata',
  'Asia/Saigon': 'Ho Chi Minh City',
  'Asia/Ho_Chi_Minh': 'Ho Chi Minh City',
};

/** "Europe/Brussels" → "Brussels": the zone's own city, for signers whose city is not known. */
export function zoneCity(timeZone: string): string {
  const known = ZONE_CITIES[timeZone];
  if (known) return known;
  const last = timeZone.split('/').pop() ?? timeZone;
  return last.replace(/_/g, ' ');
}

/** "4 May 2026, 08:30 UTC" in the given locale. */
export function formatUtc(iso: string, locale: string): string {
  const date = valid(iso);
  if (!date) return iso;
  return `${dateTimeFormat(locale, { ...DATE_TIME, timeZone: 'UTC' }).format(date)} UTC`;
}

/**
 * Local wall time named by city: "4 May 2026, 10:30 Ghent (CEST)", never "Europe/Brussels".
 * `city` is where the person is (a signer's party city); without it the zone's city is used.
 */
export function formatInCity(iso: string, timeZone: string, city: string, locale: string): string {
  const date = valid(iso);
  if (!date) return iso;
  let local: string;
  let abbreviation: string;
  try {
    local = dateTimeFormat(locale, { ...DATE_TIME, timeZone }).format(date);
    abbreviation = zoneAbbreviation(date, timeZone, locale);
  } catch {
    return formatUtc(iso, locale);
  }
  const place = city.trim() || zoneCity(timeZone);
  return abbreviation ? `${local} ${place} (${abbreviation})` : `${local} ${place}`;
}

/** A calendar date (YYYY-MM-DD) as "4 May 2026" in the locale; anything else as it is. */
export function formatDay(isoDate: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  const date = valid(`${isoDate}T00:00:00Z`);
  if (!date) return isoDate;
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** "€12,500.50", "300.000.000 ₫": the amount with its currency sign, grouped for the locale. */
export function formatMoney(amount: number, currency: string, locale: string): string {
  const cents = Number.isInteger(amount) ? 0 : 2;
  try {
    return numberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: cents,
      maximumFractionDigits: 2,
    }).format(amount);
  } catch {
    const number = numberFormat(locale, { minimumFractionDigits: cents, maximumFractionDigits: 2 });
    return `${number.format(amount)} ${currency}`;
  }
}
