import { type LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import { type ReactNode, type RefObject, useEffect, useRef, useState } from 'react';
import type { LayerId, ViewState } from '../story/model.ts';
import type { ReplayFrame } from '../story/replay.ts';
import { type MapCapture, mapCapture } from './capture.ts';
import { MapPopup } from './MapPopup.tsx';
import { addMapControls, MAP_ATTRIBUTION } from './map-controls.ts';
import { wireEvents } from './map-events.ts';
import { useColorScheme } from './palette.ts';
import { buildStyle, type StyleUrls } from './style.ts';
import { trackStyleLoad } from './style-ready.ts';
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
  urls: StyleUrls;
  /** The map's accessible name. */
  label: string;
  /** The view to open at; undefined fits `storyBounds`. Later changes move the map (Back/Forward, edited hash). */
  view: ViewState | undefined;
  storyBounds: LngLatBoundsLike;
  layers: Record<LayerId, boolean>;
  popup: PopupContent | null;
  onSelect: (placeId: string) => void;
  onViewChange: (view: ViewState) => void;
  /** The map could not be created (no WebGL) or died; the app shows the story without it. */
  onUnavailable: (reason: string) => void;
  /** The map drew completely for the first time. */
  onReady?: () => void;
  /** A source could not be loaded: names the source. */
  onSourceError?: (sourceId: string) => void;
  /** The replay's aircraft and the path behind it; null hides them. */
  replay?: ReplayFrame | null;
  /** Set to copies of the map as drawn while it exists (image export, print). */
  captureRef?: RefObject<MapCapture | null>;
  /** In someone else's page: the wheel scrolls the host page; Ctrl/⌘ + wheel zooms the map. */
  embedded?: boolean;
}

/**
 * The one component that owns the MapLibre map: it creates it, wires its events to the props'
 * callbacks and destroys it. Each prop that changes later is applied by a hook of its own.
 * Panels never call MapLibre directly.
 */
export function MapView(props: MapViewProps): ReactNode {
  const containerRef = useRef<HTMLElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [busy, setBusy] = useState(true);
  // Callbacks change identity every render; the map's listeners read the latest through a ref.
  const handlers = useRef(props);
  handlers.current = props;
  const scheme = useColorScheme();

  // Create the map once. Its initial view and layers come from the props of the first render.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is created once; later prop changes are applied by the hooks below.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let m: MapLibreMap;
    try {
      const v = props.view;
      m = new MapLibreMap({
        container,
        style: buildStyle(props.urls, props.layers, scheme),
        ...(v
          ? { center: [v.lng, v.lat], zoom: v.zoom, bearing: v.bearing, pitch: v.pitch }
          : { bounds: props.storyBounds, fitBoundsOptions: { padding: 40 } }),
        attributionControl: { compact: true, customAttribution: MAP_ATTRIBUTION },
        maxPitch: 85,
        dragRotate: true,
        cooperativeGestures: props.embedded === true,
      });
    } catch (e) {
      setBusy(false);
      handlers.current.onUnavailable(e instanceof Error ? e.message : String(e));
      return;
    }
    trackStyleLoad(m);
    addMapControls(m);
    wireEvents(m, handlers, () => setBusy(false));
    setMap(m);
    return () => {
      setMap(null);
      m.remove();
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
      <section
        ref={containerRef}
        className="map"
        aria-busy={busy ? 'true' : 'false'}
        aria-label={props.label}
      />
      {map && popup ? (
        <MapPopup key={popup.key} map={map} placeKey={popup.key} lngLat={popup.lngLat} reveal={popup.reveal}>
          {popup.content}
        </MapPopup>
      ) : null}
    </>
  );
}
