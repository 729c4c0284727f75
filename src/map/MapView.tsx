import type { LngLatBoundsLike, Map as MapLibreMap, MapOptions } from 'maplibre-gl';
import { type ReactNode, type RefObject, useEffect, useRef, useState } from 'react';
import type { LayerId, ViewState } from '../story/model.ts';
import type { ReplayFrame } from '../story/replay.ts';
import { type MapCapture, mapCapture } from './capture.ts';
import type { FeatureHit } from './feature-hit.ts';
import { MapLocator } from './MapLocator.tsx';
import { MapPopup } from './MapPopup.tsx';
import { wireEvents } from './map-events.ts';
import { releaseMap, startMap } from './map-start.ts';
import { useColorScheme } from './palette.ts';
import { useCamera } from './useCamera.ts';
import { useLayerVisibility } from './useLayerVisibility.ts';
import { useReplayData } from './useReplayData.ts';
import { useSchemePaint } from './useSchemePaint.ts';

/** What the popup shows, and where. */
export interface PopupContent {
  key: string;
  lngLat: [number, number];
  content: ReactNode;
  /** Pan to the place if it is off-screen: yes when the reader chose it, no when a permalink opened it. */
  reveal: boolean;
}

export interface MapViewProps {
  /** The map's options, from what the page knows before any data (map-start.ts). */
  options: (container: HTMLElement) => Omit<MapOptions, 'container'>;
  /** The map's accessible name. */
  label: string;
  /** The view to open at; undefined fits `storyBounds`. Later changes move the map (Back/Forward, edited hash). */
  view: ViewState | undefined;
  storyBounds: LngLatBoundsLike;
  layers: Record<LayerId, boolean>;
  popup: PopupContent | null;
  onSelect: (placeId: string) => void;
  /** A click on a feature that carries its own popup (not on a place). */
  onFeature?: (hit: FeatureHit) => void;
  onViewChange: (view: ViewState) => void;
  /** The map could not be created (no WebGL); the app shows the story without it. */
  onUnavailable: (reason: string) => void;
  /** The map cannot draw for now (its graphics context is lost): says why; null once it is back. */
  onInterrupted?: (reason: string | null) => void;
  /** The map drew completely for the first time. */
  onReady?: () => void;
  /** A source could not be loaded: names the source. */
  onSourceError?: (sourceId: string) => void;
  /** The replay's aircraft and the path behind it; null hides them. */
  replay?: ReplayFrame | null;
  /** Set to copies of the map as drawn while it exists (image export, print). */
  captureRef?: RefObject<MapCapture | null>;
}

/**
 * The one component that owns the MapLibre map. The page's first module has usually created it
 * already, in this very element of the prerendered page (main.tsx); MapView adopts it (or creates
 * it, in the dev server), passes its events to the props' callbacks and removes it when it goes.
 * Each prop that changes later is applied by a hook of its own. Panels never call MapLibre directly.
 */
export function MapView(props: MapViewProps): ReactNode {
  const containerRef = useRef<HTMLElement>(null);
  // Null until the effect below has adopted the map: so the hooks never apply the first render's
  // props, which during hydration are the prerendered page's defaults, not the address's.
  const [map, setMap] = useState<MapLibreMap | null>(null);
  // What can wait for the map's first idle (the locator) mounts only then.
  const [idle, setIdle] = useState(false);
  // Callbacks change identity every render; the map's listeners read the latest through a ref.
  const handlers = useRef(props);
  handlers.current = props;
  const scheme = useColorScheme();

  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is created once, with the options of the first render; later prop changes are applied by the hooks below.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const started = startMap(container, props.options);
    if (!started.ok) {
      handlers.current.onUnavailable(started.reason);
      return;
    }
    const m = started.map;
    const unwire = wireEvents(m, handlers);
    // Replays what happened before React was here (often the first idle itself), then follows.
    let told = { idle: false, errors: 0, lost: false };
    const report = () => {
      const { log } = started;
      for (const id of log.sourceErrors.slice(told.errors)) handlers.current.onSourceError?.(id);
      if (log.idle && !told.idle) {
        handlers.current.onReady?.();
        setIdle(true);
      }
      if ((log.lost !== null) !== told.lost) handlers.current.onInterrupted?.(log.lost);
      told = { idle: log.idle, errors: log.sourceErrors.length, lost: log.lost !== null };
    };
    const unsubscribe = started.subscribe(report);
    report();
    setMap(m);
    return () => {
      unsubscribe();
      unwire();
      setMap(null);
      setIdle(false);
      releaseMap(container);
    };
  }, []);

  useLayerVisibility(map, props.layers);
  useReplayData(map, props.replay ?? null);
  useCamera(map, props.view);
  useSchemePaint(map, scheme);
  const captureRef = props.captureRef;
  useEffect(() => {
    if (!map || !captureRef) return;
    captureRef.current = mapCapture(map);
    return () => {
      captureRef.current = null;
    };
  }, [map, captureRef]);

  const popup = props.popup;
  return (
    <>
      {/* MapLibre owns this element's children. Text children ('') make React treat them as text
          it never descends into, and suppressHydrationWarning lets hydration accept the canvas and
          controls the map has already put here (main.tsx starts it before React runs). */}
      <section ref={containerRef} className="map" aria-label={props.label} suppressHydrationWarning>
        {''}
      </section>
      {map && idle ? <MapLocator map={map} /> : null}
      {map && popup ? (
        <MapPopup key={popup.key} map={map} placeKey={popup.key} lngLat={popup.lngLat} reveal={popup.reveal}>
          {popup.content}
        </MapPopup>
      ) : null}
    </>
  );
}
