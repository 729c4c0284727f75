import { useCallback, useState } from 'react';

export interface MapStatus {
  /** Why there is no map (no WebGL), or null. */
  problem: string | null;
  /** Why the map cannot draw for now (a lost graphics context, which may come back), or null. */
  interrupted: string | null;
  /** Sources the map reported it could not load. */
  sourceErrors: string[];
  /** The map has drawn completely once, or never will: the time to load what can wait. */
  settled: boolean;
  onUnavailable: (reason: string) => void;
  onInterrupted: (reason: string | null) => void;
  onSourceError: (sourceId: string) => void;
  onReady: () => void;
}

/** How the map is doing, as MapView reports it; stable callbacks for its props. */
export function useMapStatus(): MapStatus {
  const [problem, setProblem] = useState<string | null>(null);
  const [interrupted, setInterrupted] = useState<string | null>(null);
  const [sourceErrors, setSourceErrors] = useState<string[]>([]);
  const [ready, setReady] = useState(false);
  const onReady = useCallback(() => setReady(true), []);
  const onSourceError = useCallback(
    (id: string) => setSourceErrors((prev) => (prev.includes(id) ? prev : [...prev, id])),
    [],
  );
  return {
    problem,
    interrupted,
    sourceErrors,
    settled: ready || problem !== null,
    onUnavailable: setProblem,
    onInterrupted: setInterrupted,
    onSourceError,
    onReady,
  };
}
