import type { Map as MapLibreMap, MapOptions } from 'maplibre-gl';
import { type ReactNode, type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import type { StoryMeta } from '../../geo/schema.ts';
import type { ReplayFrame } from '../story/replay.ts';
import { type MapCapture, mapCapture } from './capture.ts';
import { toggleLayers } from './layer-registry.ts';
import { MapLocator } from './MapLocator.tsx';
import { MapPopup } from './MapPopup.tsx';
import { type MapEventHandlers, wireEvents } from './map-events.ts';
import { releaseMap, startMap } from './map-start.ts';
import { COLORS, useColorScheme } from './palette.ts';
import { featureHitLayers, placeHitLayers } from './style.ts';
import { useCamera } from './useCamera.ts';
import { useLayerVisibility } from './useLayerVisibility.ts';
import { useMapStatus } from './useMapStatus.ts';
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

export interface MapViewProps extends MapEventHandlers {
  /** The map's options, from what the page knows before any data (map-start.ts). */
  options: (container: HTMLElement) => Omit<MapOptions, 'container'>;
  /** The story's words and layers: its map's name, what the toggles and clicks reach. */
  meta: StoryMeta;
  /** Which of the story's layers are shown, by id. */
  shown: Record<string, boolean>;
  popup: PopupContent | null;
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
  // What can wait for the map's first idle (the locator) mounts only then (read from the map's status).
  const { idle } = useMapStatus();
  // Callbacks change identity every render; the map's listeners read the latest through a ref.
  const handlers = useRef(props);
  handlers.current = props;
  const scheme = useColorScheme();

  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is created once, with the options of the first render; later prop changes are applied by the hooks below.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    // Its status (drawn, failed sources, no WebGL) goes to the page's map status store (useMapStatus).
    const started = startMap(container, props.options);
    if (!started.ok) return;
    const m = started.map;
    // A click hits the places and the layers that open one, or a feature with its own popup.
    const hits = { place: placeHitLayers(props.meta.layers), feature: featureHitLayers(props.meta.layers) };
    const unwire = wireEvents(m, handlers, hits);
    // A click on the map while the app was still coming is not lost: it reaches the app now.
    started.replayHeldClick();
    setMap(m);
    return () => {
      unwire();
      setMap(null);
      releaseMap(container);
    };
  }, []);

  const { meta } = props;
  const toggles = useMemo(() => toggleLayers(meta.layers, COLORS), [meta.layers]);
  useLayerVisibility(map, toggles, props.shown);
  useReplayData(map, props.replay ?? null);
  useCamera(map, props.view);
  useSchemePaint(map, scheme, meta);
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
      <section ref={containerRef} className="map" aria-label={meta.mapLabel} suppressHydrationWarning>
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
