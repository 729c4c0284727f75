import { type ReactNode, useMemo, useRef } from 'react';
import type { PlaceCollection, StoryMeta, TimelineEvent } from '../geo/schema.ts';
import { useHeightMessages } from './embed/useHeightMessages.ts';
import { usePrintMap } from './export/usePrintMap.ts';
import type { MapCapture } from './map/capture.ts';
import { MapView } from './map/MapView.tsx';
import { pageStartOptions } from './map/map-start.ts';
import { useMapStatus } from './map/useMapStatus.ts';
import { type FirstView, loadLayers } from './story/load-story.ts';
import type { Part } from './story/model.ts';
import { whatCouldNotBeShown } from './story/unshown.ts';
import { useStory } from './story/useStory.ts';
import { CopyLinkButton } from './ui/CopyLinkButton.tsx';
import { Credits } from './ui/Credits.tsx';
import { EmbedHeader } from './ui/EmbedHeader.tsx';
import { LayerToggles } from './ui/LayerToggles.tsx';
import { Legend } from './ui/Legend.tsx';
import { LinksContext, linksFrom } from './ui/links.ts';
import { NewsroomKit } from './ui/NewsroomKit.tsx';
import { NoMapStory } from './ui/NoMapStory.tsx';
import { NoScriptStory } from './ui/NoScriptStory.tsx';
import { Overlays } from './ui/Overlays.tsx';
import { PlacesNav } from './ui/PlacesNav.tsx';
import { ProblemsAlert } from './ui/ProblemsAlert.tsx';
import { ReplayBar } from './ui/ReplayBar.tsx';
import { SkipLinks } from './ui/SkipLinks.tsx';
import { StoryIntro } from './ui/StoryIntro.tsx';
import { StoryMetaContext } from './ui/story-meta.ts';
import { TimelineList } from './ui/TimelineList.tsx';
import { useFeaturePopup } from './ui/useFeaturePopup.tsx';
import { useLoaded } from './ui/useLoaded.ts';
import { usePlaceSelection } from './ui/usePlaceSelection.tsx';
import { useReplayClock } from './ui/useReplayClock.ts';
import type { Layout } from './url/embedded.ts';
import { useUrlSetters } from './url/useUrlSetters.ts';
import { useUrlState } from './url/useUrlState.ts';

const NO_EVENTS: readonly TimelineEvent[] = [];

interface AppProps {
  /** The full page, or the embed layout for iframes in other pages (embed.html). */
  layout?: Layout;
  /** The story's own words, read from the page; `problem` says why the defaults stand in. */
  meta: { meta: StoryMeta; problem: string | null };
  /** Both started before React mounts, so the story's text never waits for the app to boot. */
  places: Promise<Part<PlaceCollection>>;
  firstView: Promise<FirstView>;
  /** The same, when they had already arrived before the first render (see main.tsx). */
  ready?: { places: Part<PlaceCollection>; firstView: FirstView } | undefined;
}

/** The page's layout: the masthead, the panel beside the map, the map with its replay bar, overlays. */
export function App({
  layout = 'full',
  meta: { meta, problem: metaProblem },
  places,
  firstView,
  ready,
}: AppProps): ReactNode {
  const embedded = layout === 'embed';
  const story = useStory(places, firstView, ready, meta.openingBounds);
  const [url, setUrl] = useUrlState(story.ids);
  const map = useMapStatus();
  // What is not part of the first view waits until the map has drawn (or cannot): the replay's
  // data, and the route and drone layers as data for the legend.
  const clock = useReplayClock(url.t, setUrl, map.settled);
  const { replay } = clock;
  const layersLoad = useLoaded(map.settled ? loadLayers : null);
  const layers = layersLoad.state === 'ready' ? layersLoad.value : null;
  const links = useMemo(() => linksFrom(url), [url]);
  const { select, close, popup } = usePlaceSelection(url.place, story.byId, story.sources, setUrl);
  const feature = useFeaturePopup(popup !== null, close);

  const { setLayer, setView } = useUrlSetters(setUrl);
  const mapOptions = useMemo(() => pageStartOptions(meta, embedded), [meta, embedded]);
  const segments = useMemo(
    () => (layers?.route.ok ? layers.route.value.features.map((f) => f.properties) : []),
    [layers],
  );
  const problems = whatCouldNotBeShown({
    metaProblem,
    places: story.firstView?.places,
    sources: story.firstView?.sources,
    layers,
    mapSourceErrors: map.sourceErrors,
    timeline: replay.timeline,
    trackError: replay.trackError,
    partNames: meta.parts,
    trackName: meta.replay.track,
  });
  // Copies of the map as drawn, for "Download image" and for printing.
  const captureRef = useRef<MapCapture | null>(null);
  usePrintMap(captureRef, meta.mapLabel);
  useHeightMessages(embedded);
  const timelineEvents = replay.timeline?.ok ? replay.timeline.value.events : NO_EVENTS;

  const timeline = (
    <TimelineList
      events={timelineEvents}
      ms={replay.ms}
      currentId={replay.currentEvent?.id}
      onSeek={clock.seek}
    />
  );

  return (
    <StoryMetaContext.Provider value={meta}>
      <LinksContext.Provider value={links}>
        <div className={embedded ? 'app embed' : 'app'}>
          <SkipLinks />
          {embedded ? (
            <EmbedHeader />
          ) : (
            <header className="masthead">
              <StoryIntro />
            </header>
          )}
          <aside className="panel">
            {story.placesPart === null ? <p aria-live="polite">Loading the story…</p> : null}
            {story.mainPlaces.length > 0 ? (
              <PlacesNav
                places={story.mainPlaces}
                selected={url.place}
                sourceCount={story.sources.size}
                onSelect={select}
              />
            ) : null}
            <LayerToggles layers={url.layers} onChange={setLayer} />
            <CopyLinkButton />
            <NewsroomKit
              captureRef={captureRef}
              layers={url.layers}
              segments={segments}
              evidence={replay.evidence}
              place={url.place ? story.byId.get(url.place)?.properties : undefined}
              sources={story.sources}
            />
            <p className="to-claims">
              <a href={links.claims}>Compare what each article claims</a>
            </p>
            <Legend segments={segments} evidence={clock.replay.evidence} />
            {embedded ? (
              // In someone's article the chronology would make the frame thousands of pixels tall.
              <details className="embed-more">
                <summary>Show the timeline</summary>
                {timeline}
              </details>
            ) : (
              timeline
            )}
            <ProblemsAlert problems={problems} />
            <Credits />
          </aside>
          <main className="stage">
            <div className="map-area">
              {map.problem ? (
                <NoMapStory
                  notice="Your browser cannot draw the map (WebGL is unavailable), so the story is shown here as text."
                  reason={map.problem}
                  places={story.allPlaces}
                  sources={story.sources}
                  selected={url.place}
                  evidence={replay.evidence}
                />
              ) : (
                <MapView
                  options={mapOptions}
                  label={meta.mapLabel}
                  view={url.view}
                  storyBounds={story.bounds}
                  layers={url.layers}
                  popup={popup ?? feature.popup}
                  onSelect={select}
                  onFeature={feature.open}
                  onViewChange={setView}
                  onUnavailable={map.onUnavailable}
                  onInterrupted={map.onInterrupted}
                  onSourceError={map.onSourceError}
                  onReady={map.onReady}
                  replay={replay.frame}
                  captureRef={captureRef}
                />
              )}
              {map.interrupted && !map.problem ? (
                <p role="alert" className="map-notice">
                  The map has stopped drawing: the browser took back its graphics (WebGL) context. It will
                  come back as it was when the browser allows; the places and their passages are all still
                  here.
                </p>
              ) : null}
              <noscript>
                <NoScriptStory places={story.allPlaces} sources={story.sources} />
              </noscript>
            </div>
            <ReplayBar clock={clock} />
            <Overlays
              url={url}
              sources={story.sources}
              places={story.allPlaces}
              articleHref={links.article}
            />
          </main>
        </div>
      </LinksContext.Provider>
    </StoryMetaContext.Provider>
  );
}
