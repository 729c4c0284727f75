import { type ReactNode, useMemo, useRef } from 'react';
import type { PlaceCollection, StoryMeta } from '../geo/schema.ts';
import { useHeightMessages } from './embed/useHeightMessages.ts';
import { usePrintMap } from './export/usePrintMap.ts';
import { type Lang, translator } from './i18n/catalog.ts';
import type { MapCapture } from './map/capture.ts';
import { MapView } from './map/MapView.tsx';
import { pageStartOptions } from './map/map-start.ts';
import { settled } from './map/map-status.ts';
import { useMapStatus } from './map/useMapStatus.ts';
import { useReplayClock } from './replay/useReplayClock.ts';
import type { FirstView } from './story/load-story.ts';
import type { Part } from './story/model.ts';
import { whatCouldNotBeShown } from './story/unshown.ts';
import { useStory } from './story/useStory.ts';
import { useStoryLayers } from './story/useStoryLayers.ts';
import { CopyLinkButton } from './ui/CopyLinkButton.tsx';
import { Credits } from './ui/Credits.tsx';
import { LayerToggles } from './ui/LayerToggles.tsx';
import { Legend } from './ui/Legend.tsx';
import { linksFrom } from './ui/links.ts';
import { MapStage } from './ui/MapStage.tsx';
import { Masthead } from './ui/Masthead.tsx';
import { NewsroomKit } from './ui/NewsroomKit.tsx';
import { Overlays } from './ui/Overlays.tsx';
import { PlacesNav } from './ui/PlacesNav.tsx';
import { ProblemsAlert } from './ui/ProblemsAlert.tsx';
import { ReplayBar } from './ui/ReplayBar.tsx';
import { StoryContexts } from './ui/StoryContexts.tsx';
import { TimelinePanel } from './ui/TimelinePanel.tsx';
import { useMapPopup } from './ui/useMapPopup.tsx';
import type { Layout } from './url/embedded.ts';
import { usePlaceSelection } from './url/usePlaceSelection.ts';
import { useUrlState } from './url/useUrlState.ts';

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
  /** The page's language (main.tsx chose it: the link's, the browser's or the page's own). */
  lang: Lang;
}

/** The page's layout: the masthead, the panel beside the map, the map with its replay bar, overlays. */
export function App(props: AppProps): ReactNode {
  const { layout = 'full', places, firstView, ready, lang } = props;
  const { meta, problem } = props.meta;
  const t = translator(lang);
  const embedded = layout === 'embed';
  const story = useStory(places, firstView, ready, meta.openingBounds);
  const { url, setUrl, shown, setLayer, setView } = useUrlState(story.ids, meta.layers, { lang, layout });
  const map = useMapStatus();
  // What is not part of the first view waits until the map has drawn (or cannot): the replay's
  // data (only a story with a flight has one), and the layers as data for the legend.
  const clock = useReplayClock(url.t, setUrl, settled(map) && meta.replay !== undefined);
  const { replay } = clock;
  const layers = useStoryLayers(meta.layers, settled(map));
  const legend = useMemo(() => ({ ...layers, evidence: replay.evidence }), [layers, replay.evidence]);
  const links = useMemo(() => linksFrom(url), [url]);
  const selection = usePlaceSelection(url.place, setUrl);
  const selected = url.place ? story.byId.get(url.place) : undefined;
  const { popup, onFeature } = useMapPopup(selected, story.sources, selection);
  const mapOptions = useMemo(() => pageStartOptions(meta, embedded, lang), [meta, embedded, lang]);
  const problems = whatCouldNotBeShown(
    {
      metaProblem: problem,
      places: story.firstView?.places,
      sources: story.firstView?.sources,
      layers: layers.parts,
      mapSourceErrors: map.sourceErrors,
      timeline: replay.timeline,
      trackError: replay.trackError,
      storyLayers: meta.layers,
      trackName: meta.replay?.track ?? '',
    },
    t,
  );
  // Copies of the map as drawn, for "Download image" and for printing.
  const captureRef = useRef<MapCapture | null>(null);
  usePrintMap(captureRef, meta.mapLabel);
  useHeightMessages(embedded);

  return (
    <StoryContexts t={t} meta={meta} links={links}>
      <div className={embedded ? 'app embed' : 'app'}>
        <Masthead embedded={embedded} />
        <aside className="panel">
          {story.placesPart === null ? <p aria-live="polite">{t('app.loadingStory')}</p> : null}
          {story.mainPlaces.length > 0 ? (
            <PlacesNav
              places={story.mainPlaces}
              selected={url.place}
              sourceCount={story.sources.size}
              onSelect={selection.select}
            />
          ) : null}
          <LayerToggles shown={shown} onChange={setLayer} />
          <CopyLinkButton />
          <NewsroomKit
            captureRef={captureRef}
            shown={shown}
            legend={legend}
            place={selected?.properties}
            sources={story.sources}
          />
          <p className="to-claims">
            <a href={links.claims}>{t('app.compareClaims')}</a>
          </p>
          <Legend data={legend} />
          <TimelinePanel
            embedded={embedded}
            timeline={replay.timeline}
            ms={replay.ms}
            currentId={replay.currentEvent?.id}
            onSeek={clock.seek}
          />
          <ProblemsAlert problems={problems} />
          <Credits />
        </aside>
        <main className="stage">
          <MapStage status={map} story={story} selected={url.place} evidence={replay.evidence}>
            <MapView
              options={mapOptions}
              meta={meta}
              view={url.view}
              storyBounds={story.bounds}
              storyLabels={meta.openingLabels}
              shown={shown}
              popup={popup}
              onSelect={selection.select}
              onFeature={onFeature}
              onViewChange={setView}
              replay={replay.frame}
              captureRef={captureRef}
            />
          </MapStage>
          {/* A story without a flight has no replay: no bar, not even an empty one. */}
          {meta.replay ? <ReplayBar clock={clock} /> : null}
          <Overlays url={url} sources={story.sources} places={story.allPlaces} articleHref={links.article} />
        </main>
      </div>
    </StoryContexts>
  );
}
