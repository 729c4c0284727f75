import { memo, type ReactNode } from 'react';
import type { TimelineFile } from '../../geo/schema.ts';
import { useT } from '../i18n/useT.ts';
import type { Part } from '../story/model.ts';
import { TimelineList } from './TimelineList.tsx';

interface Props {
  embedded: boolean;
  /** The timeline as it loaded; null until then, or for a story without one. */
  timeline: Part<TimelineFile> | null;
  ms: number | undefined;
  currentId: string | undefined;
  onSeek: (ms: number) => void;
}

/** The chronology in the panel; folded away when embedded. Nothing for a story without one. */
export const TimelinePanel = memo(function TimelinePanel({
  embedded,
  timeline,
  ms,
  currentId,
  onSeek,
}: Props): ReactNode {
  const t = useT();
  const events = timeline?.ok ? timeline.value.events : [];
  if (events.length === 0) return null;
  const list = <TimelineList events={events} ms={ms} currentId={currentId} onSeek={onSeek} />;
  // In someone's article the chronology would make the frame thousands of pixels tall.
  return embedded ? (
    <details className="embed-more">
      <summary>{t('timeline.show')}</summary>
      {list}
    </details>
  ) : (
    list
  );
});
