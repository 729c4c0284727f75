import {
  type GeoJSONSource,
  type LngLatBoundsLike,
  type MapLayerMouseEvent,
  Map as MapLibreMap,
  Popup,
} from 'maplibre-gl';
import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { type LayerId, roundView, type MapView as View } from '../url/permalink.ts';
import { addMapControls, MAP_ATTRIBUTION } from './map-controls.ts';
import { buildStyle, PLACE_HIT_LAYERS, type StyleUrls, TOGGLE_LAYERS } from './style.ts';

export interface MapPopup {
  key: string;
  lngLat: [number, number];
  content: ReactNode;
  /** Pan to the place if it is off-screen: yes when the reader chose it, no when a permalink opened it. */
  reveal: boolean;
}

export interface MapViewProps {
  urls: StyleUrls;
  /** The view to open at; undefined fits `storyBounds`. Later changes move the map (Back/Forward, edited hash). */
  view: View | undefined;
  storyBounds: LngLatBoundsLike;
  layers: Record<LayerId, boolean>;
  popup: MapPopup | null;
  onSelect: (placeId: string) => void;
  onViewChange: (view: View) => void;
  /** The map could not be created (no WebGL) or died; the app shows the story without it. */
  onUnavailable: (reason: string) => void;
  /** The map drew completely for the first time. */
  onReady?: () => void;
  /** A source could not be loaded: names the source. */
  onSourceError?: (sourceId: string) => void;
  /** The replay's aircraft and the path behind it; null hides them. */
  replay?: ReplayFrame | null;
}

export interface ReplayFrame {
  point: [number, number];
  travelled: [number, number][];
}

/**
 * Runs `fn` once the style's layers and sources exist. Not `isStyleLoaded()`: that stays false
 * while GeoJSON sources load, after 'style.load' has already fired, and the update would be lost.
 */
function whenStyleReady(map: MapLibreMap, fn: () => void): void {
  if (map.getLayer('water')) fn();
  else map.once('style.load', fn);
}

function currentView(map: MapLibreMap): View {
  const c = map.getCenter();
  return { zoom: map.getZoom(), lat: c.lat, lng: c.lng, bearing: map.getBearing(), pitch: map.getPitch() };
}

/**
 * Whether two views are the same as far as a permalink can tell: compared after the codec's own
 * rounding, which follows the zoom (a fixed tolerance would be too coarse at street zooms and
 * too fine at the opening view).
 */
function sameView(a: View, b: View): boolean {
  const ra = roundView(a);
  const rb = roundView(b);
  return (
    ra.zoom === rb.zoom &&
    ra.lat === rb.lat &&
    ra.lng === rb.lng &&
    ra.bearing === rb.bearing &&
    ra.pitch === rb.pitch
  );
}

/**
 * The one component that owns the MapLibre map. Everything else talks to it through props:
 * panels never call MapLibre directly.
 */
export function MapView(props: MapViewProps): ReactNode {
  const containerRef = useRef<HTMLElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const popupRef = useRef<Popup | null>(null);
  const [popupNode] = useState(() => document.createElement('div'));
  const [busy, setBusy] = useState(true);
  // Callbacks change identity every render; the map's listeners read the latest through a ref.
  const handlers = useRef(props);
  handlers.current = props;

  // Create the map once. Its initial view and layers come from the props of the first render.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is created once; later prop changes are applied by the effects below.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
        container,
        style: buildStyle(props.urls, props.layers),
        ...(props.view
          ? {
              center: [props.view.lng, props.view.lat],
              zoom: props.view.zoom,
              bearing: props.view.bearing,
              pitch: props.view.pitch,
            }
          : { bounds: props.storyBounds, fitBoundsOptions: { padding: 40 } }),
        attributionControl: { compact: true, customAttribution: MAP_ATTRIBUTION },
        maxPitch: 85,
        dragRotate: true,
        cooperativeGestures: false,
      });
    } catch (e) {
      setBusy(false);
      handlers.current.onUnavailable(e instanceof Error ? e.message : String(e));
      return;
    }
    mapRef.current = map;
    addMapControls(map);
    map.once('idle', () => {
      setBusy(false);
      handlers.current.onReady?.();
    });
    map.on('error', (e) => {
      const sourceId = (e as { sourceId?: string }).sourceId;
      if (!sourceId) return;
      handlers.current.onSourceError?.(sourceId);
      // MapLibre draws no frame after a source fails, and it reports 'idle' only at the end of a
      // frame: a failure arriving once the map has gone quiet would leave it (and aria-busy)
      // waiting for good. One more frame lets it see that nothing is pending.
      map.triggerRepaint();
    });
    map.on('webglcontextlost', () => handlers.current.onUnavailable('The map’s graphics context was lost.'));
    // Only the reader's own moves pin a view into the permalink. Until then the map shows the
    // opening view, and keeps the whole story in frame when its container resizes (the font
    // arriving, a phone turning), instead of pinning whatever the resize left.
    map.on('moveend', (e: { originalEvent?: Event; reveal?: boolean }) => {
      if (e.originalEvent || e.reveal || handlers.current.view)
        handlers.current.onViewChange(currentView(map));
    });
    map.on('resize', () => {
      if (!handlers.current.view) map.fitBounds(handlers.current.storyBounds, { padding: 40, duration: 0 });
    });
    const select = (e: MapLayerMouseEvent) => {
      // Where a story place and a context place overlap, the story place wins.
      const hits = e.features ?? [];
      const f = hits.find((h) => h.properties?.main === true) ?? hits[0];
      const id = f?.properties?.id ?? f?.properties?.placeId;
      if (typeof id === 'string') handlers.current.onSelect(id);
    };
    // One listener over all hit layers, so a click on overlapping symbols selects once.
    const hitLayers = [...PLACE_HIT_LAYERS];
    map.on('click', hitLayers, select);
    map.on('mouseenter', hitLayers, () => {
      map.getCanvas().style.cursor = 'pointer';
    });
    map.on('mouseleave', hitLayers, () => {
      map.getCanvas().style.cursor = '';
    });
    return () => {
      popupRef.current?.remove();
      map.remove();
      mapRef.current = null;
    };
  }, []);

  // Layer toggles: visibility is a layout property, so no data is reloaded. A layout effect that
  // redraws at once, so the map changes in the same frame as the checkbox: left to MapLibre's own
  // next animation frame it lands a frame later, after the browser has drawn the checkbox.
  useLayoutEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const apply = () => {
      let changed = false;
      for (const [toggle, ids] of Object.entries(TOGGLE_LAYERS) as [LayerId, readonly string[]][]) {
        const visibility = props.layers[toggle] ? 'visible' : 'none';
        for (const id of ids) {
          if (!map.getLayer(id) || (map.getLayoutProperty(id, 'visibility') ?? 'visible') === visibility)
            continue;
          map.setLayoutProperty(id, 'visibility', visibility);
          changed = true;
        }
      }
      if (changed) map.redraw();
    };
    whenStyleReady(map, apply);
  }, [props.layers]);

  // The replay changes many times a second: data updates only, no style change.
  const replay = props.replay ?? null;
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const apply = () => {
      const path = map.getSource<GeoJSONSource>('replay-path');
      const aircraft = map.getSource<GeoJSONSource>('replay-aircraft');
      path?.setData({
        type: 'FeatureCollection',
        features:
          replay && replay.travelled.length > 1
            ? [
                {
                  type: 'Feature',
                  properties: {},
                  geometry: { type: 'LineString', coordinates: replay.travelled },
                },
              ]
            : [],
      });
      aircraft?.setData({
        type: 'FeatureCollection',
        features: replay
          ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: replay.point } }]
          : [],
      });
    };
    whenStyleReady(map, apply);
  }, [replay]);

  // A view from outside (Back/Forward, an edited hash) moves the map; our own moves are already there.
  useEffect(() => {
    const map = mapRef.current;
    const v = props.view;
    if (!map || !v || sameView(currentView(map), v)) return;
    map.jumpTo({ center: [v.lng, v.lat], zoom: v.zoom, bearing: v.bearing, pitch: v.pitch });
  }, [props.view]);

  const popupKey = props.popup?.key;
  const popupLng = props.popup?.lngLat[0];
  const popupLat = props.popup?.lngLat[1];
  const reveal = props.popup?.reveal ?? false;
  useEffect(() => {
    const map = mapRef.current;
    popupRef.current?.remove();
    popupRef.current = null;
    if (!map || popupKey === undefined || popupLng === undefined || popupLat === undefined) return;
    // Cap the popup at under half the map's height, so MapLibre can always place it wholly on
    // one side of its anchor; the dialog scrolls inside.
    popupNode.style.setProperty(
      '--popup-max-height',
      `${Math.floor(map.getContainer().clientHeight * 0.45)}px`,
    );
    const popup = new Popup({
      closeButton: false,
      closeOnClick: false,
      closeOnMove: false,
      focusAfterOpen: false,
      maxWidth: 'min(26rem, calc(100vw - 2rem))',
      className: 'place-popup',
    })
      .setLngLat([popupLng, popupLat])
      .setDOMContent(popupNode)
      .addTo(map);
    popupRef.current = popup;
    // The passages arrive after the popup opens; re-anchor it when its content grows so that it
    // flips below its point instead of running off the top of the map.
    const resize = new ResizeObserver(() => popup.setLngLat(popup.getLngLat()));
    resize.observe(popupNode);
    // Bring the popup's anchor into view when the place is off-screen (chosen from the list).
    if (reveal && !map.getBounds().contains([popupLng, popupLat]))
      map.easeTo({ center: [popupLng, popupLat] }, { reveal: true });
    return () => resize.disconnect();
  }, [popupKey, popupLng, popupLat, popupNode, reveal]);

  return (
    <>
      <section
        ref={containerRef}
        className="map"
        aria-busy={busy ? 'true' : 'false'}
        aria-label="Map of the flight"
      />
      {props.popup && createPortal(props.popup.content, popupNode)}
    </>
  );
}
