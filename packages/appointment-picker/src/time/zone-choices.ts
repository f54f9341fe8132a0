import { zoneLabel } from '@welcome-widgets/domain';
import { BERLIN } from '@welcome-widgets/domain/time';
import { cityOf, currentZoneId } from './zone-names.js';

export interface ZoneChoice {
  id: string;
  city: string;
  /** Minutes east of UTC now. */
  offsetMinutes: number;
  /** Lower-case, without diacritics: city, old names, localized name, region, offset. */
  searchText: string;
}

/** The zone's own name in a language ("Osteuropäische Zeit"), for searching. */
function genericName(zone: string, locale: string, at: Date): string {
  return (
    new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? ''
  );
}

/** "GMT+5:30" → 330; "GMT" → 0. */
export function offsetMinutesOf(zone: string, at: Date): number {
  const text =
    new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /([+-])(\d{1,2})(?::(\d{2}))?/.exec(text);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u2212/g, '-')
    .toLowerCase();
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const rest = abs % 60;
  return `${sign}${Math.floor(abs / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

const labels = new Map<string, string>();

/** "Osteuropäische Zeit (GMT+2)": made only for the options on screen (each costs several Intl formats). */
export function labelOf(choice: ZoneChoice, locale: string, at: Date = new Date()): string {
  const key = `${locale}|${choice.id}|${choice.offsetMinutes}`;
  let label = labels.get(key);
  if (label === undefined) {
    label = zoneLabel(choice.id, locale, at);
    labels.set(key, label);
  }
  return label;
}

/** One zone as a choice: two Intl formats (about a millisecond each in Chromium). */
export function zoneChoice(
  id: string,
  locale: string,
  at: Date = new Date(),
  oldNames: readonly string[] = [],
): ZoneChoice {
  const offsetMinutes = offsetMinutesOf(id, at);
  const city = cityOf(id);
  const name = genericName(id, locale, at);
  const searchText = fold([city, ...oldNames, name, id.split('/')[0], `gmt${offsetText(offsetMinutes)}`].join(' | '));
  return { id, city, offsetMinutes, searchText };
}

/** The browser's zones under their current names, each once, with the old names they replace. */
function currentZones(): Map<string, string[]> {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [BERLIN];
  const zones = new Map<string, string[]>();
  for (const raw of all) {
    if (raw.startsWith('Etc/') || !raw.includes('/')) continue;
    const id = currentZoneId(raw);
    zones.set(id, [...(zones.get(id) ?? []), ...(raw === id ? [] : [cityOf(raw)])]);
  }
  return zones;
}

const built = new Map<string, ZoneChoice[]>();
const building = new Map<string, Promise<ZoneChoice[]>>();
const keyOf = (locale: string, at: Date) => `${locale}|${Math.floor(at.getTime() / 3_600_000)}`;

/** The full list if it is built for this language (and hour: offsets change with summer time). */
export function builtZoneChoices(locale: string, at: Date = new Date()): ZoneChoice[] | undefined {
  return built.get(keyOf(locale, at));
}

/**
 * Every zone the browser knows, once each under its current name, sorted west to east. About 400
 * zones cost most of a second of Intl work, so the list is built in slices between frames (and
 * once per language and hour, for every picker on the page).
 */
export function zoneChoices(locale: string, at: Date = new Date()): Promise<ZoneChoice[]> {
  const key = keyOf(locale, at);
  const ready = built.get(key);
  if (ready) return Promise.resolve(ready);
  let promise = building.get(key);
  if (!promise) {
    promise = buildInSlices(locale, at).then((choices) => {
      built.set(key, choices);
      building.delete(key);
      return choices;
    });
    building.set(key, promise);
  }
  return promise;
}

async function buildInSlices(locale: string, at: Date): Promise<ZoneChoice[]> {
  const choices: ZoneChoice[] = [];
  let sliceStart = performance.now();
  for (const [id, oldNames] of currentZones()) {
    choices.push(zoneChoice(id, locale, at, oldNames));
    if (performance.now() - sliceStart > 12) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
  return choices.sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.city.localeCompare(b.city));
}

/** "+5", "GMT+5:30", "utc-3", "−4": an offset the person typed, as hours and maybe minutes. */
function offsetQuery(query: string): { minutes: number; exact: boolean } | undefined {
  const match = /^(?:gmt|utc)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/.exec(query);
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return { minutes: match[1] === '-' ? -minutes : minutes, exact: match[3] !== undefined };
}

/**
 * The zones a search matches: by city (also its old name), localized zone name, region, or
 * offset. "+5" finds +5, +5:30 and +5:45; "+5:30" only India and Sri Lanka.
 */
export function filterZones(choices: readonly ZoneChoice[], query: string): ZoneChoice[] {
  const folded = fold(query.trim());
  if (!folded) return [...choices];
  const offset = offsetQuery(folded.replace(/\s+/g, ''));
  if (offset) {
    return choices.filter((c) =>
      offset.exact
        ? c.offsetMinutes === offset.minutes
        : Math.trunc(c.offsetMinutes / 60) === Math.trunc(offset.minutes / 60) &&
          Math.sign(c.offsetMinutes || 1) === Math.sign(offset.minutes || 1),
    );
  }
  const words = folded.split(/\s+/);
  return choices.filter((c) => words.every((word) => c.searchText.includes(word)));
}
