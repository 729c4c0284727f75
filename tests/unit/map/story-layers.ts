import type { StoryLayer } from '../../../geo/schema.ts';

/** Layers of a story as story.json lists them: one of each role, for the registry's tests. */
export const ROUTE: StoryLayer = {
  id: 'route',
  role: 'route',
  data: 'route.geojson',
  toggle: 'Ferry route',
  part: 'the ferry route',
  legend: [
    { id: 'planned', text: 'Planned crossing' },
    { id: 'flownExact', text: 'Course sailed: from reported positions' },
    { id: 'flownApproximate', text: 'Course sailed: approximate' },
  ],
  on: true,
  click: 'nothing',
};
export const QUAYS: StoryLayer = {
  id: 'quays',
  role: 'claimed-places',
  data: 'drone-attacks.geojson',
  toggle: 'Flooded quays',
  part: 'the flooded quays',
  legend: [{ id: 'marker', text: 'Flooded, as the harbour master said' }],
  on: true,
  click: 'place',
};
export const VIDEOS: StoryLayer = {
  id: 'videos',
  role: 'points',
  data: 'videos.geojson',
  toggle: 'Witness videos',
  part: 'the witness videos',
  legend: [{ id: 'marker', text: 'A witness video' }],
  on: false,
  click: 'feature',
};
export const LAYERS = [ROUTE, QUAYS, VIDEOS];
