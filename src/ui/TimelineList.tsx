import { memo, type ReactNode } from 'react';
import type { TimelineEvent } from '../../geo/schema.ts';
import { shortDay, utcClock, utcTime } from '../i18n/format.ts';
import { Rich } from '../i18n/Rich.tsx';
import { useT } from '../i18n/useT.ts';
import { FactSourceList } from './FactSourceLink.tsx';
import { localTimes } from './time-format.ts';
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
  const t = useT();
  return (
    <span className="event-sources">
      {event.accordingTo ? (
        <span className="according">{t('timeline.according', { who: event.accordingTo })} </span>
      ) : null}
      <Rich parts={t.parts('timeline.source', { sources: <FactSourceList sources={event.sources} /> })} />
    </span>
  );
}

/** The day of the flight, event by event, each with its source; then what came after. */
export const TimelineList = memo(function TimelineList({ events, ms, currentId, onSeek }: Props): ReactNode {
  const t = useT();
  const meta = useStoryMeta();
  if (events.length === 0) return null;
  const flight = events.filter((e) => e.phase === 'flight');
  const after = events.filter((e) => e.phase === 'after');

  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timeline.heading', { day: meta.day?.label ?? '' })}</h2>
      <p className="hint">{t('timeline.hint')}</p>
      <ol>
        {flight.map((e) => {
          const at = Date.parse(e.time);
          const passed = ms !== undefined && at <= ms;
          return (
            <li
              key={e.id}
              className={passed ? 'passed' : undefined}
              aria-current={e.id === currentId ? 'step' : undefined}
            >
              <button
                type="button"
                className="seek"
                onClick={() => onSeek(at)}
                aria-label={t('timeline.seek', { time: utcTime(t.lang, at), event: e.title })}
              >
                <time dateTime={e.time}>
                  {e.approximate ? <abbr title={t('timeline.approximate')}>≈</abbr> : null}
                  {utcClock(t.lang, at)}
                </time>
              </button>
              <div>
                <strong>{e.title}</strong>
                {e.detail ? <p>{e.detail}</p> : null}
                <p className="meta">
                  <span className="local">{localTimes(t, at, meta.timeZones ?? [])}</span>
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
          <h3>{t('timeline.after')}</h3>
          <ol className="after">
            {after.map((e) => (
              <li key={e.id}>
                <time dateTime={e.time}>
                  {e.approximate ? <abbr title={t('timeline.approximate')}>≈</abbr> : null}
                  {shortDay(t.lang, Date.parse(e.time))}
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
