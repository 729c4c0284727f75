import type { StoryTimeZone } from '../../geo/schema.ts';

const hhmmss = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});
/** One formatter per IANA zone (the story's, from story.json), made once; null for a zone the platform lacks. */
const localFormats = new Map<string, Intl.DateTimeFormat | null>();
function localFormat(timeZone: string): Intl.DateTimeFormat | null {
  let f = localFormats.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-GB', {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone,
      });
    } catch {
      f = null;
    }
    localFormats.set(timeZone, f);
  }
  return f;
}
const day = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "05:13:31 UTC" */
export function utcTime(ms: number): string {
  return `${hhmmss.format(ms)} UTC`;
}

/** The local time at each of the story's places: "Place A 09:13 · Place B 08:13". */
export function localTimes(ms: number, zones: readonly StoryTimeZone[]): string {
  return zones
    .flatMap((z) => {
      const f = localFormat(z.timeZone);
      return f ? [`${z.label} ${f.format(ms)}`] : [];
    })
    .join(' · ');
}

/** "3 Feb 2001": day, short month, year */
export function utcDay(ms: number): string {
  return day.format(ms);
}
