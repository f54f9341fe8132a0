// In the first view (the zone line above the calendar); the search's list is built in zone-choices.ts.

/**
 * Ids the browser still reports under an old name (ICU keeps CLDR's first spelling) or that IANA
 * has merged into another zone: people look for Kyiv, not "Kiev", and one city appears once.
 */
const CURRENT_ID: Record<string, string> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'America/Montreal': 'America/Toronto',
  'America/Nipigon': 'America/Toronto',
  'America/Pangnirtung': 'America/Iqaluit',
  'America/Rainy_River': 'America/Winnipeg',
  'America/Santa_Isabel': 'America/Tijuana',
  'America/Thunder_Bay': 'America/Toronto',
  'America/Yellowknife': 'America/Edmonton',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Choibalsan': 'Asia/Ulaanbaatar',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Australia/Currie': 'Australia/Hobart',
  'Europe/Kiev': 'Europe/Kyiv',
  'Europe/Uzhgorod': 'Europe/Kyiv',
  'Europe/Zaporozhye': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Johnston': 'Pacific/Honolulu',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** Cities whose id is not their name as people write it. */
const CITY_NAME: Record<string, string> = {
  'Asia/Ho_Chi_Minh': 'Ho Chi Minh City',
};

/** The current IANA id for an old or merged one, if this browser knows it; else the id as given. */
export function currentZoneId(zone: string): string {
  const current = CURRENT_ID[zone];
  return current && isKnown(current) ? current : zone;
}

function isKnown(zone: string): boolean {
  if (knownZones.has(zone)) return knownZones.get(zone)!;
  let known = true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    known = false;
  }
  knownZones.set(zone, known);
  return known;
}
const knownZones = new Map<string, boolean>();

export function cityOf(zone: string): string {
  return CITY_NAME[zone] ?? zone.split('/').at(-1)!.replaceAll('_', ' ');
}
