import { useCallback, useEffect, useMemo, useState } from 'react';
import { formatInstant } from '../url/permalink.ts';
import type { UpdateUrlState } from '../url/useUrlState.ts';
import { type Replay, useReplay } from './useReplay.ts';

export interface ReplayClock {
  replay: Replay;
  /** A new time: `commit` writes it to the address; in-between playback frames do not. */
  onTime: (ms: number, commit: boolean) => void;
  seek: (ms: number) => void;
  /** The flight's event times, for stepping with reduced motion. */
  flightSteps: number[];
}

/**
 * The replay's time, kept in the permalink's `t`: playback frames in between are held here and
 * written about once a second. Its data loads once `load`.
 */
export function useReplayClock(urlT: string | undefined, setUrl: UpdateUrlState, load: boolean): ReplayClock {
  const [liveMs, setLiveMs] = useState<number | undefined>(undefined);
  const replay = useReplay(urlT, liveMs, load);
  const onTime = useCallback(
    (ms: number, commit: boolean) => {
      if (!commit) {
        setLiveMs(ms);
        return;
      }
      setLiveMs(undefined);
      setUrl((prev) => ({ ...prev, t: formatInstant(ms) }), 'replace');
    },
    [setUrl],
  );
  const seek = useCallback((ms: number) => onTime(ms, true), [onTime]);
  // A permalink's time outside the flight shows the nearest end: say so in the address too.
  const track = replay.track;
  useEffect(() => {
    if (!track || urlT === undefined) return;
    const ms = Date.parse(urlT);
    if (ms < track.startMs || ms > track.endMs)
      onTime(Math.min(track.endMs, Math.max(track.startMs, ms)), true);
  }, [track, urlT, onTime]);
  const events = replay.timeline?.ok ? replay.timeline.value.events : null;
  const flightSteps = useMemo(
    () => (events ?? []).filter((e) => e.phase === 'flight').map((e) => Date.parse(e.time)),
    [events],
  );
  // Stable while the replay is: the bar beside the map re-renders only when its time moves.
  return useMemo(() => ({ replay, onTime, seek, flightSteps }), [replay, onTime, seek, flightSteps]);
}
