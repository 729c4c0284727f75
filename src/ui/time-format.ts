/** The time zones of the story's places (IANA), so local times come from the platform's tz data. */
const ZONES = [
  { label: 'Baku', timeZone: 'Asia/Baku' },
  { label: 'Grozny', timeZone: 'Europe/Moscow' },
  { label: 'Aktau', timeZone: 'Asia/Aqtau' },
] as const;

const hhmmss = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});
const local = ZONES.map((z) => ({
  label: z.label,
  format: new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: z.timeZone,
  }),
}));
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

/** "Baku 09:13 · Grozny 08:13 · Aktau 10:13" */
export function localTimes(ms: number): string {
  return local.map((z) => `${z.label} ${z.format.format(ms)}`).join(' · ');
}

/** "28 Dec 2024" */
export function utcDay(ms: number): string {
  return day.format(ms);
}

/** The canonical permalink form of an instant: 2024-12-25T05:13:31Z. */
export function isoSeconds(ms: number): string {
  return `${new Date(Math.round(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`;
}
