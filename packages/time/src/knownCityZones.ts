/** Lower-case, accents removed, spaces trimmed: "Huế", "hue" and " HUE " name the same city. */
export function cityKey(city: string): string {
  return city
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/gi, 'd')
    .trim()
    .toLowerCase();
}

/** Zones of cities of past and present exchanges, keyed by `cityKey`; a guess for plain city names. */
const KNOWN: Readonly<Record<string, string>> = {
  ghent: 'Europe/Brussels',
  gent: 'Europe/Brussels',
  gand: 'Europe/Brussels',
  brussels: 'Europe/Brussels',
  antwerp: 'Europe/Brussels',
  antwerpen: 'Europe/Brussels',
  hue: 'Asia/Ho_Chi_Minh',
  'thua thien hue': 'Asia/Ho_Chi_Minh',
  hanoi: 'Asia/Ho_Chi_Minh',
  'ha noi': 'Asia/Ho_Chi_Minh',
  'da nang': 'Asia/Ho_Chi_Minh',
  'ho chi minh city': 'Asia/Ho_Chi_Minh',
  saigon: 'Asia/Ho_Chi_Minh',
  surat: 'Asia/Kolkata',
  tiruppur: 'Asia/Kolkata',
  pune: 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  'new delhi': 'Asia/Kolkata',
  mumbai: 'Asia/Kolkata',
  bengaluru: 'Asia/Kolkata',
  dhaka: 'Asia/Dhaka',
  'phnom penh': 'Asia/Phnom_Penh',
};

/** The zone of a known city name, else `UTC` (a facilitator corrects it in the workspace settings). */
export function guessTimeZone(name: string): string {
  return KNOWN[cityKey(name)] ?? 'UTC';
}
