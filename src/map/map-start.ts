import fontLatin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import { Map as MapLibreMap, type MapOptions } from 'maplibre-gl';
import type { StoryMeta } from '../../geo/schema.ts';
import { dataUrl } from '../story/data-url.ts';
import { parsePermalink } from '../url/permalink.ts';
import { detailTileUrl } from './detail-tiles.ts';
import { addMapControls, MAP_ATTRIBUTION } from './map-controls.ts';
import type { ColorScheme } from './palette.ts';
import { currentScheme } from './palette.ts';
import { buildStyle, type StyleUrls } from './style.ts';
import { trackStyleLoad } from './style-ready.ts';
import { fitPadding } from './view-state.ts';

/** What the map is created with: everything the page knows before any data has arrived. */
export interface StartInput {
  meta: StoryMeta;
  /** The page's address hash: a permalink's view and layers apply from the first frame. */
  hash: string;
  scheme: ColorScheme;
  urls: StyleUrls;
  /** In another page (embed.html): the wheel scrolls the host page, Ctrl/⌘ + wheel zooms. */
  embedded?: boolean;
  /** The map's width in CSS pixels, for the padding of the opening fit (fitPadding). */
  mapWidth?: number;
}

/**
 * The map's options, from what the page knows at once. A pure function: the view and layers come
 * from the permalink (no place ids are needed for those), otherwise the map fits the story's
 * bounds, which the build wrote into the page's metadata.
 */
export function startOptions({
  meta,
  hash,
  scheme,
  urls,
  embedded = false,
  mapWidth = Number.POSITIVE_INFINITY,
}: StartInput): Omit<MapOptions, 'container'> {
  const { view, layers } = parsePermalink(hash, { placeIds: new Set() });
  return {
    style: buildStyle(urls, layers, scheme),
    ...(view
      ? { center: [view.lng, view.lat], zoom: view.zoom, bearing: view.bearing, pitch: view.pitch }
      : { bounds: meta.openingBounds, fitBoundsOptions: { padding: fitPadding(mapWidth) } }),
    attributionControl: { compact: true, customAttribution: MAP_ATTRIBUTION },
    maxPitch: 85,
    dragRotate: true,
    cooperativeGestures: embedded,
  };
}

/**
 * The map's data by address, so MapLibre's worker fetches and parses every file off the main
 * thread — the places too: the map does not wait for the app to have read them for its list.
 */
export function styleUrls(): StyleUrls {
  return {
    basemap: dataUrl('basemap.geojson'),
    world: dataUrl('world.geojson'),
    contextPlaces: dataUrl('context-places.geojson'),
    detailTiles: detailTileUrl(dataUrl('')),
    places: dataUrl('places.geojson'),
    route: dataUrl('route.geojson'),
    drones: dataUrl('drone-attacks.geojson'),
    evidence: dataUrl('evidence.geojson'),
    fontLatin: new URL(fontLatin, document.baseURI).href,
  };
}

/** What happened to the map before anyone was listening, and since. */
export interface MapStatusLog {
  /** MapLibre's first 'idle': everything in view is drawn. */
  idle: boolean;
  /** Sources that failed to load, by id, in order. */
  sourceErrors: string[];
  /** Why the map cannot draw now (its graphics context is lost), or null; cleared on restore. */
  lost: string | null;
}

/** A map created early, with the log of its first events; MapView adopts it. */
export interface StartedMap {
  ok: true;
  map: MapLibreMap;
  log: MapStatusLog;
  /** Calls `listener` whenever the log changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export type MapStart = StartedMap | { ok: false; reason: string };

const started = new WeakMap<HTMLElement, MapStart>();

/**
 * Creates the map in `container` once; later calls for the same container return the same map.
 * The page's first module calls it for the container the prerendered page already has, so the
 * map loads in parallel with React and the data; MapView calls it again to adopt that map (or,
 * in the dev server, where nothing is prerendered, to create it). The container's aria-busy
 * follows the map itself, set here, so it never waits for React.
 */
export function startMap(
  container: HTMLElement,
  options: (container: HTMLElement) => Omit<MapOptions, 'container'>,
): MapStart {
  const existing = started.get(container);
  if (existing) return existing;
  let result: MapStart;
  try {
    container.setAttribute('aria-busy', 'true');
    const map = new MapLibreMap({ container, ...options(container) });
    trackStyleLoad(map);
    addMapControls(map);
    result = { ok: true, map, ...statusLog(map, container) };
  } catch (e) {
    container.setAttribute('aria-busy', 'false');
    result = { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
  started.set(container, result);
  return result;
}

/** Removes the map in `container`, if any, whatever becomes of the element. */
export function discardMap(container: HTMLElement): void {
  const s = started.get(container);
  started.delete(container);
  if (s?.ok) s.map.remove();
}

/**
 * Removes the map if its container has left the page. React's StrictMode (dev) runs an effect's
 * cleanup and the effect again on the same element: that map is kept, only a real unmount ends it.
 */
export function releaseMap(container: HTMLElement): void {
  if (!container.isConnected) discardMap(container);
}

function statusLog(map: MapLibreMap, container: HTMLElement): Pick<StartedMap, 'log' | 'subscribe'> {
  const log: MapStatusLog = { idle: false, sourceErrors: [], lost: null };
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const l of listeners) l();
  };
  map.once('idle', () => {
    log.idle = true;
    container.setAttribute('aria-busy', 'false');
    changed();
  });
  map.on('error', (e) => {
    const sourceId = (e as { sourceId?: string }).sourceId;
    if (!sourceId) return;
    if (!log.sourceErrors.includes(sourceId)) log.sourceErrors = [...log.sourceErrors, sourceId];
    // MapLibre draws no frame after a source fails, and it reports 'idle' only at the end of a
    // frame: a failure arriving once the map has gone quiet would leave it (and aria-busy)
    // waiting for good. One more frame lets it see that nothing is pending.
    map.triggerRepaint();
    changed();
  });
  // A GPU reset or a backgrounded phone tab takes the context; the browser may give it back,
  // and MapLibre then draws the same map again (same camera, style and sources).
  map.on('webglcontextlost', () => {
    log.lost = 'The map’s graphics context was lost.';
    changed();
  });
  map.on('webglcontextrestored', () => {
    log.lost = null;
    changed();
  });
  return {
    log,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Resolves when the map has drawn completely once (or never will: no WebGL, a lost context). */
export function whenDrawn(start: MapStart): Promise<void> {
  return new Promise((resolve) => {
    if (!start.ok) return resolve();
    const check = () => {
      if (!start.log.idle && !start.log.lost) return false;
      resolve();
      return true;
    };
    if (check()) return;
    const off = start.subscribe(() => {
      if (check()) off();
    });
  });
}

/** The options as this page gives them: its address, the reader's scheme, its data's addresses. */
export function pageStartOptions(
  meta: StoryMeta,
  embedded: boolean,
): (container: HTMLElement) => Omit<MapOptions, 'container'> {
  return (container) =>
    startOptions({
      meta,
      hash: window.location.hash,
      scheme: currentScheme(),
      urls: styleUrls(),
      embedded,
      mapWidth: container.clientWidth,
    });
}
