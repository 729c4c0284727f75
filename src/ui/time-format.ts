import type { StoryTimeZone } from '../../geo/schema.ts';
import type { Translate } from '../i18n/catalog.ts';
import { zoneClock } from '../i18n/format.ts';

/**
 * The local time at each of the story's places: "Place A 09:13 · Place B 08:13". A zone the
 * platform lacks is left out rather than shown wrong.
 */
export function localTimes(t: Translate, ms: number, zones: readonly StoryTimeZone[]): string {
  return zones
    .flatMap((z) => {
      const time = zoneClock(t.lang, ms, z.timeZone);
      return time ? [t('replay.localTime', { place: z.label, time })] : [];
    })
    .join(' · ');
}
