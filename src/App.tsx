import fontLatin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import { lazy, type ReactNode, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PlaceCollection, PlaceFeature, SourceMeta } from '../geo/schema.ts';
import { detailTileUrl } from './map/detail-tiles.ts';
import { type MapPopup, MapView } from './map/MapView.tsx';
import type { StyleUrls } from './map/style.ts';
import { dataUrl } from './story/data-url.ts';
import { loadLayers, type Part, type Story } from './story/load-story.ts';
import { placeAnchor, storyBounds } from './story/place-anchor.ts';
import { CopyLinkButton } from './ui/CopyLinkButton.tsx';
import { LayerToggles } from './ui/LayerToggles.tsx';
import { Legend } from './ui/Legend.tsx';
import { type Links, LinksContext } from './ui/links.ts';
import { NoMapStory } from './ui/NoMapStory.tsx';
import { PlaceDialog } from './ui/PlaceDialog.tsx';
import { PlacesNav } from './ui/PlacesNav.tsx';
import { ReplayControls } from './ui/ReplayControls.tsx';
import { StoryIntro } from './ui/StoryIntro.tsx';
import { TimelineList } from './ui/TimelineList.tsx';
import { isoSeconds } from './ui/time-format.ts';
import { useLoaded } from './ui/useLoaded.ts';
import { useReplay } from './ui/useReplay.ts';
import {
  formatPermalink,
  type LayerId,
  type PermalinkContext,
  type PermalinkState,
  type MapView as View,
} from './url/permalink.ts';
import { useUrlState } from './url/useUrlState.ts';

// Not needed for the first paint: loaded when a reader opens them.
const ClaimsView = lazy(() => import('./ui/ClaimsView.tsx'));
const ArticleReader = lazy(() => import('./ui/ArticleReader.tsx'));

/** An in-page link to a state; never an empty href, which would reload the page. */
function href(state: PermalinkState): string {
  return formatPermalink(state) || '#';
}

/** The South Caucasus and the Caspian: where the map opens if the places cannot be loaded. */
const REGION_BOUNDS: [number, number, number, number] = [43.5, 39.5, 52.5, 45];

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The map's data. The places the app has already parsed for its list (no second download); the
 * rest by address, so that MapLibre's worker fetches and parses them off the main thread.
 */
function styleData(places: Part<PlaceCollection>): StyleUrls {
  return {
    basemap: dataUrl('basemap.geojson'),
    world: dataUrl('world.geojson'),
    contextPlaces: dataUrl('context-places.geojson'),
    detailTiles: detailTileUrl(dataUrl('')),
    places: places.ok ? places.value : EMPTY,
    route: dataUrl('route.geojson'),
    drones: dataUrl('drone-attacks.geojson'),
    fontLatin: new URL(fontLatin, document.baseURI).href,
  };
}

/** What each part of the story is, in the reader's words, for saying what could not be shown. */
const PART_NAMES: Record<string, string> = {
  basemap: 'the basemap (land and borders)',
  world: 'the world map around the region',
  'context-places': 'the context cities and airports',
  detail: 'the detailed coastline',
  places: 'the places',
  sources: 'the articles’ headlines and dates',
  route: 'the flight route',
  drones: 'the drone-attack layer',
};

interface AppProps {
  /** Both started before React mounts, so the story's text never waits for the app to boot. */
  places: Promise<Part<PlaceCollection>>;
  story: Promise<Story>;
  /** The same, when they had already arrived before the first render (see main.tsx). */
  ready?: { places: Part<PlaceCollection>; story: Story } | undefined;
}

function unavailable<T>(name: string, part: Part<T> | undefined | null): string | null {
  return part && !part.ok ? `Could not load ${PART_NAMES[name] ?? name} (${part.error}).` : null;
}

export function App({ places: placesPromise, story: storyPromise, ready }: AppProps): ReactNode {
  const [placesPart, setPlacesPart] = useState<Part<PlaceCollection> | null>(ready?.places ?? null);
  const [story, setStory] = useState<Story | null>(ready?.story ?? null);
  const [mapProblem, setMapProblem] = useState<string | null>(null);
  const [sourceErrors, setSourceErrors] = useState<string[]>([]);
  const [focusDialog, setFocusDialog] = useState(false);
  const [liveMs, setLiveMs] = useState<number | undefined>(undefined);
  const [mapReady, setMapReady] = useState(false);
  const openerRef = useRef<HTMLElement | null>(null);

  useEffect(() => {
    let live = true;
    placesPromise.then((p) => live && setPlacesPart(p));
    storyPromise.then((s) => live && setStory(s));
    return () => {
      live = false;
    };
  }, [placesPromise, storyPromise]);

  const places: PlaceCollection | null = placesPart?.ok ? placesPart.value : null;
  const features = useMemo<PlaceFeature[]>(() => places?.features ?? [], [places]);
  const byId = useMemo(() => new Map(features.map((f) => [f.properties.id, f])), [features]);
  const sources = useMemo(
    () =>
      new Map<string, SourceMeta>(story?.sources.ok ? story.sources.value.sources.map((s) => [s.id, s]) : []),
    [story],
  );
  const ctx = useMemo<PermalinkContext | null>(
    () =>
      story
        ? {
            placeIds: new Set(byId.keys()),
            sourceIds: new Set(sources.keys()),
            sourceLengths: new Map(
              [...sources.values()].flatMap((s) =>
                s.length === undefined ? [] : [[s.id, s.length] as const],
              ),
            ),
          }
        : null,
    [story, byId, sources],
  );
  const [url, setUrl] = useUrlState(ctx);
  // What is not part of the first view waits until the map has drawn (or cannot): the replay's
  // data, and the route and drone layers as data for the legend.
  const settled = mapReady || mapProblem !== null;
  const replay = useReplay(url.t, liveMs, settled);
  const layersLoad = useLoaded(settled ? loadLayers : null);
  const layers = layersLoad.state === 'ready' ? layersLoad.value : null;
  const onTime = useCallback(
    (ms: number, commit: boolean) => {
      if (!commit) {
        setLiveMs(ms);
        return;
      }
      setLiveMs(undefined);
      setUrl((prev) => ({ ...prev, t: isoSeconds(ms) }), 'replace');
    },
    [setUrl],
  );
  const seek = useCallback((ms: number) => onTime(ms, true), [onTime]);
  // A permalink's time outside the flight shows the nearest end: say so in the address too.
  const track = replay.track;
  useEffect(() => {
    if (!track || url.t === undefined) return;
    const ms = Date.parse(url.t);
    if (ms < track.startMs || ms > track.endMs)
      onTime(Math.min(track.endMs, Math.max(track.startMs, ms)), true);
  }, [track, url.t, onTime]);
  const links = useMemo<Links>(
    () => ({
      article: (source, start, end) => href({ ...url, source, passage: { start, end } }),
      claims: href({ ...url, panel: 'claims' }),
    }),
    [url],
  );

  // Callbacks derive the next state from the latest one, so their identity never changes and
  // the memoised panels do not re-render on every move of the map.
  const select = useCallback(
    (placeId: string) => {
      setUrl((prev) => {
        if (prev.place === placeId) return prev;
        openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        setFocusDialog(true);
        return { ...prev, place: placeId };
      }, 'push');
    },
    [setUrl],
  );

  const close = useCallback(() => {
    setUrl((prev) => ({ ...prev, place: undefined }), 'push');
    const opener = openerRef.current;
    openerRef.current = null;
    // Back to where the reader was; the map itself if they came from a click on it.
    (opener?.isConnected ? opener : document.querySelector<HTMLElement>('.map canvas'))?.focus();
  }, [setUrl]);

  const setLayer = useCallback(
    (layer: LayerId, shown: boolean) =>
      setUrl((prev) => ({ ...prev, layers: { ...prev.layers, [layer]: shown } }), 'replace'),
    [setUrl],
  );
  const setView = useCallback((view: View) => setUrl((prev) => ({ ...prev, view }), 'replace'), [setUrl]);
  const onReady = useCallback(() => setMapReady(true), []);
  const onSourceError = useCallback(
    (id: string) => setSourceErrors((prev) => (prev.includes(id) ? prev : [...prev, id])),
    [],
  );
  const mapData = useMemo(() => (placesPart ? styleData(placesPart) : null), [placesPart]);
  const bounds = useMemo(() => storyBounds(features) ?? REGION_BOUNDS, [features]);
  const segments = useMemo(
    () => (layers?.route.ok ? layers.route.value.features.map((f) => f.properties) : []),
    [layers],
  );
  const allPlaces = useMemo(() => features.map((f) => f.properties), [features]);
  const mainPlaces = useMemo(() => allPlaces.filter((p) => p.main), [allPlaces]);

  const selected = url.place ? byId.get(url.place) : undefined;
  const popup: MapPopup | null = useMemo(
    () =>
      selected
        ? {
            key: selected.properties.id,
            lngLat: placeAnchor(selected),
            reveal: focusDialog,
            content: (
              <PlaceDialog
                place={selected.properties}
                sources={sources}
                onClose={close}
                takeFocus={focusDialog}
              />
            ),
          }
        : null,
    [selected, sources, close, focusDialog],
  );

  const problems = [
    unavailable('places', story?.places),
    unavailable('sources', story?.sources),
    unavailable('route', layers?.route),
    unavailable('drones', layers?.drones),
    // What the map itself could not load, unless the app already said so with the reason.
    ...sourceErrors
      .filter((s) => !(s === 'route' || s === 'drones') || !layers || layers[s].ok)
      .map((s) => `Could not load ${PART_NAMES[s] ?? s}.`),
    unavailable('timeline', replay.timeline),
    replay.trackError ? `Could not load the flight track for the replay (${replay.trackError}).` : null,
  ].filter((p): p is string => p !== null);

  const timelineEvents = replay.timeline?.ok ? replay.timeline.value.events : [];
  const flightSteps = useMemo(
    () => timelineEvents.filter((e) => e.phase === 'flight').map((e) => Date.parse(e.time)),
    [timelineEvents],
  );
  const openSource = url.source ? sources.get(url.source) : undefined;
  const noOverlay: PermalinkState = { ...url, source: undefined, passage: undefined, panel: undefined };

  return (
    <LinksContext.Provider value={links}>
      <div className="app">
        <header className="masthead">
          <StoryIntro />
        </header>
        <aside className="panel">
          {placesPart === null ? <p aria-live="polite">Loading the story…</p> : null}
          {mainPlaces.length > 0 ? (
            <PlacesNav
              places={mainPlaces}
              selected={url.place}
              sourceCount={sources.size}
              onSelect={select}
            />
          ) : null}
          <LayerToggles layers={url.layers} onChange={setLayer} />
          <CopyLinkButton />
          <p className="to-claims">
            <a href={links.claims}>Compare what each article claims</a>
          </p>
          <Legend segments={segments} />
          {timelineEvents.length > 0 ? (
            <TimelineList
              events={timelineEvents}
              ms={replay.ms}
              currentId={replay.currentEvent?.id}
              onSeek={seek}
            />
          ) : null}
          {problems.length > 0 ? (
            <div role="alert" className="problems">
              <p>Part of the story could not be shown:</p>
              <ul>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </aside>
        <main className="stage">
          <div className="map-area">
            {mapProblem ? (
              <NoMapStory reason={mapProblem} places={allPlaces} sources={sources} selected={url.place} />
            ) : mapData ? (
              <MapView
                urls={mapData}
                view={url.view}
                storyBounds={bounds}
                layers={url.layers}
                popup={popup}
                onSelect={select}
                onViewChange={setView}
                onUnavailable={setMapProblem}
                onSourceError={onSourceError}
                onReady={onReady}
                replay={replay.frame}
              />
            ) : (
              <div className="map" aria-busy="true" />
            )}
          </div>
          {replay.track ? (
            <ReplayControls
              startMs={replay.track.startMs}
              endMs={replay.track.endMs}
              ms={replay.ms}
              stepsMs={flightSteps}
              currentEvent={replay.currentEvent?.title}
              onTime={onTime}
            />
          ) : (
            // Holds the bar's place until the track arrives, so the map does not resize under the reader.
            <div className="replay" />
          )}
          <Suspense fallback={<p className="overlay">Loading…</p>}>
            {url.panel === 'claims' && !openSource ? (
              <ClaimsView
                sources={[...sources.values()]}
                articleHref={links.article}
                closeHref={href(noOverlay)}
              />
            ) : null}
            {openSource ? (
              <ArticleReader
                source={openSource}
                passage={url.passage}
                places={allPlaces}
                placeHref={(id) => href({ ...noOverlay, place: id })}
                closeHref={href({ ...url, source: undefined, passage: undefined })}
              />
            ) : null}
          </Suspense>
        </main>
      </div>
    </LinksContext.Provider>
  );
}
