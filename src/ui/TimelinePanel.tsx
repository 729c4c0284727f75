import type { ReactNode } from 'react';
import type { TimelineEvent } from '../../geo/schema.ts';
import { TimelineList } from './TimelineList.tsx';

interface Props {
  embedded: boolean;
  events: readonly TimelineEvent[];
  ms: number | undefined;
  currentId: string | undefined;
  onSeek: (ms: number) => void;
}

/** The chronology in the panel; folded away when embedded. Nothing for a story without one. */
export function TimelinePanel({ embedded, events, ms, currentId, onSeek }: Props): ReactNode {
  if (events.length === 0) return null;
  const list = <TimelineList events={events} ms={ms} currentId={currentId} onSeek={onSeek} />;
  // In someone's article the chronology would make the frame thousands of pixels tall.
  return embedded ? (
    <details className="embed-more">
      <summary>Show the timeline</summary>
      {list}
    </details>
  ) : (
    list
  );
}
