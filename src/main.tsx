// The page's first module: it starts the map before anything else runs, then boots the app.
import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { pageStartOptions, startMap } from './map/map-start.ts';
import { loadFirstView, loadPlaces } from './story/load-story.ts';
import { readStoryMeta } from './story/story-meta.ts';

// A worker file from our own origin: no blob: workers, so a strict CSP needs only worker-src 'self'.
setWorkerUrl(workerUrl);

// The story's own words are in the page itself (index.html, written at build time): no wait.
const meta = readStoryMeta();

// The prerendered page already has the map's container, at its final size: the map starts now, in
// parallel with loading React and the data, instead of after React's first render. MapView adopts
// this map. (In the dev server nothing is prerendered, and MapView creates it.)
const container = document.querySelector<HTMLElement>('#root .map');
if (container) startMap(container, pageStartOptions(meta.meta));

const places = loadPlaces();
const firstView = loadFirstView(places);

// React and the app in a chunk of their own, so this module (and the map) never wait for them;
// the prerendered page preloads that chunk, so it downloads alongside the map's engine.
import('./boot.tsx').then(({ boot }) => boot(meta, places, firstView));
