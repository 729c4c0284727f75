import { memo, type ReactNode } from 'react';
import type { TimelineEvent } from '../../geo/schema.ts';
import { FactSourceList } from './FactSourceLink.tsx';
import { localTimes, utcDay, utcTime } from './time-format.ts';
import { useStoryMeta } from './useStoryMeta.ts';

interface Props {
  events: readonly TimelineEvent[];
  /** The replay's time: events up to it are marked passed, the latest as current. */
  ms: number | undefined;
  /** The latest event passed, marked as the current step. */
  currentId: string | undefined;
  onSeek: (ms: number) => void;
}

/** Whose account the event is, then where it was read: one party's account is shown as theirs. */
function Sources({ event }: { event: TimelineEvent }): ReactNode {
  return (
    <span className="event-sources">
      {event.accordingTo ? <span className="according">According to {event.accordingTo}. </span> : null}
      Source: <FactSourceList sources={event.sources} />
    </span>
  );
}

/** The day of the flight, event by event, each with its source; then what came after. */
export const TimelineList = memo(function TimelineList({ events, ms, currentId, onSeek }: Props): ReactNode {
  const meta = useStoryMeta();
  if (events.length === 0) return null;
  const flight = events.filter((e) => e.phase === 'flight');
  const after = events.filter((e) => e.phase === 'after');

  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline, {meta.day?.label}</h2>
      <p className="hint">Times in UTC; ≈ marks an approximate time.</p>
      <ol>
        {flight.map((e) => {
          const t = Date.parse(e.time);
          const passed = ms !== undefined && t <= ms;
          return (
            <li
              key={e.id}
              className={passed ? 'passed' : undefined}
              aria-current={e.id === currentId ? 'step' : undefined}
            >
              <button
                type="button"
                className="seek"
                onClick={() => onSeek(t)}
                aria-label={`Replay at ${utcTime(t)}: ${e.title}`}
              >
                <time dateTime={e.time}>
                  {e.approximate ? <abbr title="approximate">≈</abbr> : null}
                  {utcTime(t).replace(' UTC', '')}
                </time>
              </button>
              <div>
                <strong>{e.title}</strong>
                {e.detail ? <p>{e.detail}</p> : null}
                <p className="meta">
                  <span className="local">{localTimes(t, meta.timeZones ?? [])}</span>
                  {e.timeNote ? <span className="note"> — {e.timeNote}</span> : null}
                </p>
                <Sources event={e} />
              </div>
            </li>
          );
        })}
      </ol>
      {after.length > 0 ? (
        <>
          <h3>After the crash</h3>
          <ol className="after">
            {after.map((e) => (
              <li key={e.id}>
                <time dateTime={e.time}>
                  {e.approximate ? <abbr title="approximate">≈</abbr> : null}
                  {utcDay(Date.parse(e.time))}
                </time>
                <div>
                  <strong>{e.title}</strong>
                  {e.detail ? <p>{e.detail}</p> : null}
                  <Sources event={e} />
                </div>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
});
