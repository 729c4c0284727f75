import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadFirstView, loadPlaces } from './story/load-story.ts';
import { readStoryMeta } from './story/story-meta.ts';
import { readLayout } from './url/embedded.ts';

// A worker file from our own origin: no blob: workers, so a strict CSP needs only worker-src 'self'.
setWorkerUrl(workerUrl);

const places = loadPlaces();
const firstView = loadFirstView(places);
// The story's own words are in the page itself (index.html, written at build time): no wait.
const meta = readStoryMeta();
// embed.html says so on its <body>: the layout for iframes in other pages.
const layout = readLayout();

/**
 * How long the first render waits for the places and the articles' metadata. index.html preloads
 * both, so they are usually here before this module has run: rendering with them builds the list
 * and starts the map in one commit, instead of painting an empty shell and starting the map a
 * frame later (about 150 ms on a 2-core machine). On a slow network the page renders without them
 * after this long and fills in when they arrive.
 */
const FIRST_RENDER_WAIT_MS = 250;

const root = document.getElementById('root');
if (root) {
  // Neither promise rejects (each part carries its own error), but a render must never hang on one.
  const arrived = Promise.all([places, firstView]).then(
    ([p, f]) => ({ places: p, firstView: f }),
    () => undefined,
  );
  const late = new Promise<undefined>((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS));
  Promise.race([arrived, late]).then((ready) =>
    createRoot(root).render(
      <StrictMode>
        <App layout={layout} meta={meta} places={places} firstView={firstView} ready={ready} />
      </StrictMode>,
    ),
  );
}
