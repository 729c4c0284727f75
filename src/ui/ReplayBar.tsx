import { memo, type ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';
import type { ReplayClock } from '../replay/useReplayClock.ts';
import { altitudeText, evidenceText } from '../story/evidence.ts';
import { AltitudeProfile } from './AltitudeProfile.tsx';
import { ReplayControls } from './ReplayControls.tsx';

/** The replay's controls under the map, once the track has arrived. */
export const ReplayBar = memo(function ReplayBar({ clock }: { clock: ReplayClock }): ReactNode {
  const t = useT();
  const { replay, onTime, flightSteps } = clock;
  const { evidence, evidenceNow } = replay;
  // Until the track arrives an empty bar holds its place, so the map does not resize under the reader.
  if (!replay.track) return <div className="replay" />;
  return (
    <ReplayControls
      startMs={replay.track.startMs}
      endMs={replay.track.endMs}
      ms={replay.ms}
      stepsMs={flightSteps}
      currentEvent={replay.currentEvent?.title}
      evidence={evidenceNow ? evidenceText(evidenceNow, t) : undefined}
      altitude={evidence ? altitudeText(evidence, replay.ms ?? replay.track.startMs, t) : undefined}
      profile={
        evidence ? (
          <AltitudeProfile
            evidence={evidence}
            startMs={replay.track.startMs}
            endMs={replay.track.endMs}
            ms={replay.ms ?? replay.track.startMs}
          />
        ) : null
      }
      onTime={onTime}
    />
  );
});
