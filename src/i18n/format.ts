/**
 * Dates and times as the reader's language writes them, through Intl: "25 December 2024" /
 * "25 декабря 2024 г.", "05:13 UTC" in both. Pure: the language is passed in, formatters are made
 * once per language and option set.
 */
import { type Lang, LOCALE } from './catalog.ts';

const cache = new Map<string, Intl.DateTimeFormat | null>();

/** A formatter for `lang`, or null for a time zone the platform lacks (a story's zone, from data). */
function formatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat | null {
  const key = `${lang} ${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat(LOCALE[lang], options);
    } catch {
      f = null;
    }
    cache.set(key, f);
  }
  return f;
}

const CLOCK = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
const UTC = 'UTC';

function format(lang: Lang, options: Intl.DateTimeFormatOptions, ms: number): string {
  return formatter(lang, options)?.format(ms) ?? new Date(ms).toISOString();
}

/** "05:13:31": the UTC clock to the second, without the zone (a column headed "Times in UTC"). */
export function utcClock(lang: Lang, ms: number): string {
  return format(lang, { ...CLOCK, second: '2-digit', timeZone: UTC }, ms);
}

/**
 * "05:13:31 UTC". The zone is written as its abbreviation after the time in every language we
 * speak (Russian texts write "UTC" too), so it is not a word to translate.
 */
export function utcTime(lang: Lang, ms: number): string {
  return `${utcClock(lang, ms)} ${UTC}`;
}

/** "04:40–05:03 UTC": a span of minutes in UTC. */
export function utcMinutes(lang: Lang, fromMs: number, toMs: number): string {
  const f = (ms: number) => format(lang, { ...CLOCK, timeZone: UTC }, ms);
  return `${f(fromMs)}–${f(toMs)} ${UTC}`;
}

/** "09:13" in an IANA zone; null where the platform does not know the zone. */
export function zoneClock(lang: Lang, ms: number, timeZone: string): string | null {
  return formatter(lang, { ...CLOCK, timeZone })?.format(ms) ?? null;
}

/** "28 December 2024" / "28 декабря 2024 г." for a calendar date "2024-12-28"; the input if it is not one. */
export function longDate(lang: Lang, iso: string): string {
  const d = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(d)
    ? iso
    : format(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: UTC }, d);
}

/** "3 Feb 2001" / "3 февр. 2001 г.": a UTC day with its month shortened. */
export function shortDay(lang: Lang, ms: number): string {
  return format(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: UTC }, ms);
}

/**
 * The reader's own calendar day ("24 November 2026"), in the reader's time zone: the day they
 * read the page on, for "accessed …". The month is in words, so it reads the same everywhere.
 */
export function readerDay(lang: Lang, d: Date): string {
  return format(lang, { day: 'numeric', month: 'long', year: 'numeric' }, d.getTime());
}

const lists = new Map<Lang, Intl.ListFormat>();

/** "A, B and C" / "A, B и C". */
export function andList(lang: Lang, items: readonly string[]): string {
  let list = lists.get(lang);
  if (!list) {
    list = new Intl.ListFormat(LOCALE[lang], { style: 'long', type: 'conjunction' });
    lists.set(lang, list);
  }
  return list.format(items);
}
