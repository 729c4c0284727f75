import { type ReactNode, useEffect, useRef, useState } from 'react';
import { utcTime } from '../i18n/format.ts';
import { useT } from '../i18n/useT.ts';
import { replayKeyTarget } from './replay-keys.ts';
import { localTimes } from './time-format.ts';
import { useStoryMeta } from './useStoryMeta.ts';

interface Props {
  startMs: number;
  endMs: number;
  /** The replay's time, or undefined before the reader starts it. */
  ms: number | undefined;
  /** Event times: with reduced motion, Play jumps from one to the next instead of animating. */
  stepsMs: readonly number[];
  /** The latest event passed, shown beside the clock. */
  currentEvent: string | undefined;
  /** How the position is known at this moment (the stretch and what it is drawn along). */
  evidence?: string | undefined;
  /** The altitude a source gives at this moment, or that none does. */
  altitude?: string | undefined;
  /** The altitudes the sources give over the flight, drawn under the slider. */
  profile?: ReactNode;
  /** `commit` is false for in-between frames of playback: the address is written less often. */
  onTime: (ms: number, commit: boolean) => void;
}

/** The whole replay window plays in about a minute, however long the story's day was. */
const PLAY_SECONDS = 60;
const REDUCED_MOTION_STEP_MS = 1500;

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Play/pause and a time slider over the flight, from take-off to the crash. */
export function ReplayControls({
  startMs,
  endMs,
  ms,
  stepsMs,
  currentEvent,
  evidence,
  altitude,
  profile,
  onTime,
}: Props): ReactNode {
  const t = useT();
  const meta = useStoryMeta();
  const [playing, setPlaying] = useState(false);
  const now = ms ?? startMs;
  const latest = useRef({ now, onTime });
  latest.current = { now, onTime };

  useEffect(() => {
    if (!playing) return;
    if (prefersReducedMotion()) {
      const timer = setInterval(() => {
        const next = stepsMs.find((s) => s > latest.current.now) ?? endMs;
        latest.current.onTime(next, true);
        if (next >= endMs) setPlaying(false);
      }, REDUCED_MOTION_STEP_MS);
      return () => clearInterval(timer);
    }
    const speed = (endMs - startMs) / (PLAY_SECONDS * 1000);
    let frame = 0;
    let last = performance.now();
    let lastCommit = last;
    const tick = (t: number) => {
      const next = Math.min(endMs, latest.current.now + (t - last) * speed);
      last = t;
      const done = next >= endMs;
      const commit = done || t - lastCommit > 1000;
      if (commit) lastCommit = t;
      latest.current.onTime(next, commit);
      if (done) setPlaying(false);
      else frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frame);
      latest.current.onTime(latest.current.now, true);
    };
  }, [playing, startMs, endMs, stepsMs]);

  return (
    <div className="replay">
      <button
        type="button"
        className="play"
        aria-pressed={playing}
        onClick={() => {
          if (!playing && now >= endMs) onTime(startMs, true);
          setPlaying(!playing);
        }}
      >
        {playing ? t('replay.pause') : t('replay.play')}
      </button>
      <label className="slider">
        <span className="visually-hidden">{meta.replay?.slider}</span>
        <input
          type="range"
          min={startMs}
          max={endMs}
          step={1000}
          value={now}
          aria-valuetext={[utcTime(t.lang, now), currentEvent, evidence, altitude]
            .filter(Boolean)
            .join(' — ')}
          onKeyDown={(e) => {
            const next = replayKeyTarget(e.key, now, startMs, endMs, stepsMs);
            if (next === undefined) return;
            e.preventDefault();
            setPlaying(false);
            onTime(next, true);
          }}
          onChange={(e) => {
            setPlaying(false);
            onTime(Number(e.currentTarget.value), true);
          }}
        />
      </label>
      {profile ? <div className="profile">{profile}</div> : null}
      <output className="clock" aria-live="off">
        <strong>{ms === undefined ? meta.replay?.idle : utcTime(t.lang, now)}</strong>
        <span className="local">
          {ms === undefined
            ? t('replay.idleDay', { day: meta.day?.label ?? '' })
            : localTimes(t, now, meta.timeZones ?? [])}
        </span>
        {/* Always there, so that starting the replay does not make the bar (and the map) change size. */}
        <span className="event">{ms !== undefined && currentEvent ? currentEvent : '\u00a0'}</span>
        {evidence === undefined ? null : (
          <span className="evidence" title={evidence}>
            {ms === undefined ? '\u00a0' : evidence}
          </span>
        )}
        {altitude === undefined ? null : (
          <span className="altitude">{ms === undefined ? '\u00a0' : altitude}</span>
        )}
      </output>
    </div>
  );
}
