import type { ReactNode } from 'react';
import type { EvidenceFile } from '../../geo/schema.ts';
import { useT } from '../i18n/useT.ts';
import type { MapStatus } from '../map/map-status.ts';
import type { StoryData } from '../story/useStory.ts';
import { NoMapStory } from './NoMapStory.tsx';
import { NoScriptStory } from './NoScriptStory.tsx';

interface Props {
  /** How the map is doing (useMapStatus): no WebGL shows the story as text instead. */
  status: MapStatus;
  story: StoryData;
  selected: string | undefined;
  evidence: EvidenceFile | null;
  /** The map. */
  children: ReactNode;
}

/** The map's area: the map, or the story as text where it cannot be drawn, and what it says when it stops. */
export function MapStage({ status, story, selected, evidence, children }: Props): ReactNode {
  const t = useT();
  return (
    <div className="map-area">
      {status.problem ? (
        <NoMapStory
          notice={t('noMap.webgl')}
          reason={status.problem}
          places={story.allPlaces}
          sources={story.sources}
          selected={selected}
          evidence={evidence}
        />
      ) : (
        children
      )}
      {status.lost && !status.problem ? (
        <p role="alert" className="map-notice">
          {t('noMap.lost')}
        </p>
      ) : null}
      <noscript>
        <NoScriptStory places={story.allPlaces} sources={story.sources} />
      </noscript>
    </div>
  );
}
