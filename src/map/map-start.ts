import fontCyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import fontLatin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import { Map as MapLibreMap, type MapMouseEvent, type MapOptions, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { StoryMeta } from '../../geo/schema.ts';
import type { Lang } from '../i18n/langs.ts';
import { mapUiLocale } from '../i18n/map-ui.ts';
import { dataUrl } from '../story/data-url.ts';
import { parsePermalink, shownLayers } from '../url/permalink.ts';
import { detailTileUrl } from './detail-tiles.ts';
import { addMapControls, MAP_ATTRIBUTION } from './map-controls.ts';
import { MAP_NOT_STARTED, type MapStatusStore, pageMapStatus } from './map-status.ts';
import { type ColorScheme, currentScheme } from './palette.ts';
import { buildStyle, type StyleUrls } from './style.ts';
import { trackStyleLoad } from './style-ready.ts';
import { fitPadding } from './view-state.ts';

// A worker file from our own origin: no blob: workers, so a strict CSP needs only worker-src 'self'.
// Set here, where every map is created, before the first one is.
setWorkerUrl(workerUrl);

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
  /** MapLibre's own words in the page's language (mapUiLocale); its English without. */
  locale?: Record<string, string>;
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
  locale,
}: StartInput): Omit<MapOptions, 'container'> {
  const { view, layers } = parsePermalink(hash, { placeIds: new Set(), layers: meta.layers });
  return {
    style: buildStyle({
      urls,
      layers: meta.layers,
      visible: shownLayers(layers, meta.layers),
      detailTiles: meta.detailTiles,
      scheme,
    }),
    ...(view
      ? { center: [view.lng, view.lat], zoom: view.zoom, bearing: view.bearing, pitch: view.pitch }
      : {
          bounds: meta.openingBounds,
          fitBoundsOptions: { padding: fitPadding(mapWidth, meta.openingLabels) },
        }),
    attributionControl: { compact: true, customAttribution: MAP_ATTRIBUTION },
    maxPitch: 85,
    dragRotate: true,
    cooperativeGestures: embedded,
    ...(locale ? { locale } : {}),
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
    data: dataUrl,
    fontLatin: new URL(fontLatin, document.baseURI).href,
    fontCyrillic: new URL(fontCyrillic, document.baseURI).href,
  };
}

/** A map created early; MapView adopts it. Its status goes to `status` from its creation on. */
export interface StartedMap {
  ok: true;
  map: MapLibreMap;
  status: MapStatusStore;
  /**
   * Passes the reader's last click on the map, made before the app listened, to the listeners the
   * app has now added; later clicks reach them directly. Call once the app's listeners are on.
   */
  replayHeldClick: () => void;
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
  status: MapStatusStore = pageMapStatus,
): MapStart {
  const existing = started.get(container);
  if (existing) return existing;
  let result: MapStart;
  // A new map (the old one went with a page that was thrown away) starts from nothing.
  status.update(() => MAP_NOT_STARTED);
  try {
    container.setAttribute('aria-busy', 'true');
    const map = new MapLibreMap({ container, ...options(container) });
    trackStyleLoad(map);
    addMapControls(map);
    publishStatus(map, container, status);
    result = { ok: true, map, status, replayHeldClick: holdClicks(map) };
  } catch (e) {
    container.setAttribute('aria-busy', 'false');
    const reason = e instanceof Error ? e.message : String(e);
    status.update((s) => ({ ...s, problem: reason }));
    result = { ok: false, reason };
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

/** What the map says about itself, published as it happens: nothing is lost before React listens. */
function publishStatus(map: MapLibreMap, container: HTMLElement, status: MapStatusStore): void {
  map.once('idle', () => {
    container.setAttribute('aria-busy', 'false');
    status.update((s) => ({ ...s, idle: true }));
  });
  map.on('error', (e) => {
    const sourceId = (e as { sourceId?: string }).sourceId;
    if (!sourceId) return;
    status.update((s) =>
      s.sourceErrors.includes(sourceId) ? s : { ...s, sourceErrors: [...s.sourceErrors, sourceId] },
    );
    // MapLibre draws no frame after a source fails, and it reports 'idle' only at the end of a
    // frame: a failure arriving once the map has gone quiet would leave it (and aria-busy)
    // waiting for good. One more frame lets it see that nothing is pending.
    map.triggerRepaint();
  });
  // A GPU reset or a backgrounded phone tab takes the context; the browser may give it back,
  // and MapLibre then draws the same map again (same camera, style and sources).
  map.on('webglcontextlost', () => status.update((s) => ({ ...s, lost: true })));
  map.on('webglcontextrestored', () => status.update((s) => ({ ...s, lost: false })));
}

/** What holdClicks needs of the map: its events. */
interface ClickSource {
  on(type: 'click', listener: (e: MapMouseEvent) => void): unknown;
  off(type: 'click', listener: (e: MapMouseEvent) => void): unknown;
  fire(event: MapMouseEvent): unknown;
}

/**
 * The map is drawn, and clickable, before the app has hydrated (main.tsx waits for its first
 * frame): a click on a place then would reach no listener and be lost. It is held instead, the
 * last one only, and the returned function fires it again for the app's listeners (the point is
 * where the reader clicked on the screen, and the camera has not moved in between).
 */
export function holdClicks(map: ClickSource): () => void {
  let held: MapMouseEvent | null = null;
  const hold = (e: MapMouseEvent) => {
    held = e;
  };
  map.on('click', hold);
  return () => {
    map.off('click', hold);
    const e = held;
    held = null;
    if (e) map.fire(e);
  };
}

/** Resolves when the map has drawn completely once (or never will: no WebGL, a lost context). */
export function whenDrawn(start: MapStart): Promise<void> {
  return new Promise((resolve) => {
    if (!start.ok) return resolve();
    const check = () => {
      const s = start.status.getSnapshot();
      if (!s.idle && !s.lost) return false;
      resolve();
      return true;
    };
    if (check()) return;
    const off = start.status.subscribe(() => {
      if (check()) off();
    });
  });
}

/** The options as this page gives them: its address, the reader's scheme, its data's addresses. */
export function pageStartOptions(
  meta: StoryMeta,
  embedded: boolean,
  lang: Lang,
): (container: HTMLElement) => Omit<MapOptions, 'container'> {
  return (container) =>
    startOptions({
      meta,
      hash: window.location.hash,
      scheme: currentScheme(),
      urls: styleUrls(),
      embedded,
      mapWidth: container.clientWidth,
      locale: mapUiLocale(lang),
    });
}
