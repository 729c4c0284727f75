import { useMemo } from 'react';
import type { EvidenceFile, TimelineEvent, TimelineFile } from '../../geo/schema.ts';
import { type EvidenceNow, evidenceAt } from '../story/evidence.ts';
import { loadReplay, type Part } from '../story/load-story.ts';
import { prepareTrack, type ReplayFrame, type ReplayTrack, replayAt } from '../story/replay.ts';
import { useLoaded } from '../story/useLoaded.ts';

export interface Replay {
  timeline: Part<TimelineFile> | null;
  track: ReplayTrack | null;
  trackError: string | null;
  /** The replay's time: a frame of playback, else the permalink's `t`. */
  ms: number | undefined;
  frame: ReplayFrame | null;
  /** The latest flight event at or before `ms`. */
  currentEvent: TimelineEvent | undefined;
  /** How the path is known, stretch by stretch, and the altitudes the sources give (if it loaded). */
  evidence: EvidenceFile | null;
  /** The stretch at the replay's time (at take-off before the reader starts it). */
  evidenceNow: EvidenceNow | undefined;
}

/**
 * The replay's data and state. `urlT` is the permalink's time; `liveMs` a playback frame not yet
 * written to the address (playback writes it about once a second); the data loads once `load`.
 */
export function useReplay(urlT: string | undefined, liveMs: number | undefined, load: boolean): Replay {
  const replay = useLoaded(load ? loadReplay : null);
  const loaded = replay.state === 'ready' ? replay.value : null;

  const track = useMemo(() => (loaded?.[1].ok ? prepareTrack(loaded[1].value) : null), [loaded]);
  const timeline = loaded?.[0] ?? null;
  const ms = liveMs ?? (urlT === undefined ? undefined : Date.parse(urlT));
  const evidence = loaded?.[2].ok ? loaded[2].value : null;
  const evidenceNow = useMemo(
    () => (evidence && track ? evidenceAt(evidence, ms ?? track.startMs) : undefined),
    [evidence, track, ms],
  );
  const frame = useMemo(
    () =>
      track && ms !== undefined
        ? { ...replayAt(track, ms), position: evidenceNow?.kind?.position ?? evidenceNow?.stretch.position }
        : null,
    [track, ms, evidenceNow],
  );
  const currentEvent = useMemo(() => {
    if (!timeline?.ok || ms === undefined) return undefined;
    return timeline.value.events.filter((e) => e.phase === 'flight' && Date.parse(e.time) <= ms).at(-1);
  }, [timeline, ms]);

  const trackError = loaded && !loaded[1].ok ? loaded[1].error : null;
  // The same object until the replay changes: a toggle or a selection re-renders no replay panel.
  return useMemo(
    () => ({ timeline, track, trackError, ms, frame, currentEvent, evidence, evidenceNow }),
    [timeline, track, trackError, ms, frame, currentEvent, evidence, evidenceNow],
  );
}
