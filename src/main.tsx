// The page's first module. On the prerendered page the text is there before any script runs; this
// starts the map, then the app hydrates (see early-page.ts). In the dev server, nothing is prerendered:
// the app renders, and MapView creates the map.
import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { type EarlyClicks, holdEarlyClicks } from './early-page.ts';
import { pageStartOptions, startMap, whenDrawn } from './map/map-start.ts';
import { loadFirstView, loadPlaces } from './story/load-story.ts';
import { readStoryMeta } from './story/story-meta.ts';

// A worker file from our own origin: no blob: workers, so a strict CSP needs only worker-src 'self'.
setWorkerUrl(workerUrl);

/** The longest the app waits for the map before hydrating anyway (a reader's action never waits). */
const APP_WAIT_MS = 4000;

// The story's own words are in the page itself (index.html, written at build time): no wait.
const meta = readStoryMeta();
const places = loadPlaces();
const firstView = loadFirstView(places);

// React and the app are a chunk of their own, preloaded by the page: it downloads alongside the
// map's engine and runs when it is asked for.
const bootApp = (early?: EarlyClicks) =>
  import('./boot.tsx').then(({ boot }) => boot(meta, places, firstView, early));

const root = document.getElementById('root');
const container = document.querySelector<HTMLElement>('#root .map');
if (root && container) {
  const early = holdEarlyClicks(root);
  // The container is in the page at its final size: the map starts in it now, and MapView adopts
  // it. The app's first render and effects would compete with the map's loading on the main
  // thread, so they wait for its first complete frame, unless the reader acts first.
  const started = startMap(container, pageStartOptions(meta.meta));
  const wait = new Promise<void>((resolve) => setTimeout(resolve, APP_WAIT_MS));
  Promise.race([whenDrawn(started), early.firstAction, wait]).then(() => bootApp(early));
} else bootApp();
