import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadPlaces, loadStory } from './story/load-story.ts';

// A worker file from our own origin: no blob: workers, so a strict CSP needs only worker-src 'self'.
setWorkerUrl(workerUrl);

const places = loadPlaces();
const story = loadStory(places);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App places={places} story={story} />
    </StrictMode>,
  );
}
