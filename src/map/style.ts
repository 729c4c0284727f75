import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { EvidenceLine } from '../../geo/schema.ts';
import type { LayerId } from '../story/model.ts';
import { DETAIL_TILES } from './detail-tiles.ts';
import { type ColorScheme, DARK_COLORS } from './palette.ts';

/**
 * The whole map as a MapLibre style object: data, not code. Everything it points at is served
 * by the app itself (GeoJSON under data/, one woff2 font), so the default build makes no request
 * off its own origin and needs no tile server, glyph server or API key.
 */

/** The light palette, by role; src/map/palette.ts has the dark one with the same roles. */
export const COLORS = {
  water: '#b9d3e6',
  land: '#f4f1ea',
  border: '#9a8f80',
  countryLabel: '#6b6357',
  waterLabel: '#3f6b8c',
  planned: '#5b6470',
  flown: '#b3261e',
  place: '#1d3557',
  context: '#4a4a4a',
  drone: '#e07a00',
  /** Halos behind labels, rings around points: the page's own background. */
  halo: '#ffffff',
  labelHalo: 'rgba(255,255,255,0.5)',
  contextLabel: '#5c564d',
  airport: '#3d3d3d',
} as const;

export type Palette = { readonly [K in keyof typeof COLORS]: string };

/** The palette for the reader's colour scheme. */
export function paletteOf(scheme: ColorScheme): Palette {
  return scheme === 'dark' ? DARK_COLORS : COLORS;
}

/** The font name used in `text-font`; mapped to a local file by the style's `font-faces`. */
export const LABEL_FONT = 'Noto Sans Regular';

/**
 * What the style draws: an address MapLibre fetches, or data the app already holds (the app
 * fetched places, route and drone attacks for its own panels: handing them over saves the map a
 * second download and a round trip after the style loads).
 */
export interface StyleUrls {
  basemap: string;
  /** Natural Earth 1:110m outside the region: the map never ends when zoomed out. */
  world: string;
  /** GeoNames cities and the story's airports, to orient the reader. */
  contextPlaces: string;
  /** OpenStreetMap land as vector tiles, absolute `…/{z}/{x}/{y}.pbf`. */
  detailTiles: string;
  places: string | GeoJSON.FeatureCollection;
  route: string | GeoJSON.FeatureCollection;
  drones: string | GeoJSON.FeatureCollection;
  /** The flown path stretch by stretch, each with its kind of evidence (evidence.geojson). */
  evidence: string;
  /** woff2 file for the label font (Latin: every label the story draws is in English). */
  fontLatin: string;
}

/** The flown path by its evidence: one layer per line style the data names (evidence.geojson's `line`). */
const EVIDENCE_LAYERS = [
  { id: 'evidence-solid', line: 'solid', width: 3.5, opacity: 1, dash: undefined },
  { id: 'evidence-dashed', line: 'dashed', width: 3.5, opacity: 1, dash: [1.2, 1.2] },
  { id: 'evidence-dotted', line: 'dotted', width: 3, opacity: 1, dash: [0.1, 1.8] },
  { id: 'evidence-faint', line: 'faint', width: 2, opacity: 0.6, dash: [3, 2] },
] as const;

/** How each line style looks in the legend and the still (SVG dash pattern, px), as the map draws it. */
export const EVIDENCE_SWATCHES: Record<
  EvidenceLine,
  { dash?: readonly number[]; width: number; opacity: number }
> = {
  solid: { width: 3.5, opacity: 1 },
  dashed: { dash: [4, 4], width: 3.5, opacity: 1 },
  dotted: { dash: [0.5, 5], width: 3, opacity: 1 },
  faint: { dash: [6, 4], width: 2, opacity: 0.6 },
};

/** Layers that the two toggles (the route, the layer of claimed places) show and hide, by toggle. */
export const TOGGLE_LAYERS: Record<LayerId, readonly string[]> = {
  route: [
    'route-planned',
    'route-flown-approximate',
    'route-flown-exact',
    ...EVIDENCE_LAYERS.map((l) => l.id),
    'replay-travelled',
  ],
  drones: ['drone-halo', 'drone-ring'],
};

/** Layers a click or tap selects a place from. */
export const PLACE_HIT_LAYERS = ['place-line-hit', 'place-points', 'drone-ring'] as const;

/** Layers whose features carry their own popup (a `popup` property): a click shows it. */
export const FEATURE_POPUP_LAYERS: readonly string[] = EVIDENCE_LAYERS.map((l) => l.id);

// A function of the palette (named as the light one, so each layer reads the same in both schemes).
const layers = (COLORS: Palette): LayerSpecification[] => [
  { id: 'water', type: 'background', paint: { 'background-color': COLORS.water } },
  {
    id: 'world-land',
    type: 'fill',
    source: 'world',
    filter: ['==', ['get', 'kind'], 'land'],
    paint: { 'fill-color': COLORS.land, 'fill-antialias': true },
  },
  // Natural Earth's 1:10m coast is up to ~1 km off: past the detail tiles' first zoom the
  // OpenStreetMap land replaces it inside the region.
  {
    id: 'land',
    type: 'fill',
    source: 'basemap',
    maxzoom: DETAIL_TILES.minZoom,
    filter: ['==', ['get', 'kind'], 'land'],
    paint: { 'fill-color': COLORS.land, 'fill-antialias': true },
  },
  {
    id: 'detail-land',
    type: 'fill',
    source: 'detail',
    'source-layer': DETAIL_TILES.landLayer,
    minzoom: DETAIL_TILES.minZoom,
    paint: { 'fill-color': COLORS.land, 'fill-antialias': true },
  },
  {
    id: 'world-borders',
    type: 'line',
    source: 'world',
    filter: ['==', ['get', 'kind'], 'border'],
    paint: { 'line-color': COLORS.border, 'line-width': 0.8, 'line-dasharray': [3, 2] },
  },
  {
    id: 'borders',
    type: 'line',
    source: 'basemap',
    filter: ['==', ['get', 'kind'], 'border'],
    paint: { 'line-color': COLORS.border, 'line-width': 0.8, 'line-dasharray': [3, 2] },
  },
  {
    id: 'basemap-labels',
    type: 'symbol',
    source: 'basemap',
    filter: ['==', ['get', 'kind'], 'label'],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [LABEL_FONT],
      'text-size': ['case', ['==', ['get', 'labelKind'], 'sea'], 14, 12],
      'text-letter-spacing': 0.12,
      'text-transform': 'uppercase',
      'text-max-width': 8,
    },
    paint: {
      'text-color': ['case', ['==', ['get', 'labelKind'], 'sea'], COLORS.waterLabel, COLORS.countryLabel],
      'text-halo-color': COLORS.labelHalo,
      'text-halo-width': 1,
    },
  },
  {
    id: 'world-labels',
    type: 'symbol',
    source: 'world',
    filter: ['==', ['get', 'kind'], 'label'],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [LABEL_FONT],
      'text-size': 11,
      'text-letter-spacing': 0.12,
      'text-transform': 'uppercase',
      'text-max-width': 8,
    },
    paint: {
      'text-color': COLORS.countryLabel,
      'text-halo-color': COLORS.labelHalo,
      'text-halo-width': 1,
    },
  },
  // Context: GeoNames cities by population (bigger ones from lower zooms) and the airports.
  // Zoom in a filter is evaluated at whole zooms, which is what "from zoom N" means here.
  {
    id: 'context-city-dots',
    type: 'circle',
    source: 'context-places',
    filter: ['all', ['==', ['get', 'kind'], 'city'], ['>=', ['zoom'], ['get', 'minZoom']]],
    paint: {
      'circle-radius': 2.5,
      'circle-color': COLORS.contextLabel,
      'circle-stroke-color': COLORS.halo,
      'circle-stroke-width': 1,
    },
  },
  {
    id: 'context-airports',
    type: 'circle',
    source: 'context-places',
    filter: ['all', ['==', ['get', 'kind'], 'airport'], ['>=', ['zoom'], ['get', 'minZoom']]],
    paint: {
      'circle-radius': 14,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': COLORS.airport,
      'circle-stroke-width': 1.5,
      'circle-stroke-opacity': 0.7,
    },
  },
  {
    id: 'context-labels',
    type: 'symbol',
    source: 'context-places',
    filter: ['>=', ['zoom'], ['get', 'minZoom']],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [LABEL_FONT],
      'text-size': ['case', ['==', ['get', 'kind'], 'airport'], 12, 11],
      'text-max-width': 9,
      'text-variable-anchor': ['right', 'left', 'top', 'bottom'],
      'text-radial-offset': ['case', ['==', ['get', 'kind'], 'airport'], 1.6, 0.5],
      'text-justify': 'auto',
      // Larger towns win where labels collide.
      'symbol-sort-key': ['-', 0, ['get', 'rank']],
    },
    paint: {
      'text-color': ['case', ['==', ['get', 'kind'], 'airport'], COLORS.airport, COLORS.contextLabel],
      'text-halo-color': COLORS.halo,
      'text-halo-width': 1.2,
    },
  },
  // The crossing is a place drawn as a line: a wide pale band under the route, so that it stays
  // visible (and clickable) when the route layer is hidden.
  {
    id: 'place-line',
    type: 'line',
    source: 'places',
    filter: ['==', ['geometry-type'], 'LineString'],
    layout: { 'line-cap': 'round' },
    paint: { 'line-color': COLORS.place, 'line-opacity': 0.18, 'line-width': 10 },
  },
  {
    id: 'route-planned',
    type: 'line',
    source: 'route',
    filter: ['==', ['get', 'kind'], 'planned'],
    layout: { 'line-cap': 'round' },
    paint: { 'line-color': COLORS.planned, 'line-width': 2, 'line-dasharray': [0.5, 2] },
  },
  {
    id: 'route-flown-approximate',
    type: 'line',
    source: 'route',
    // A flown segment the evidence stretches draw is not drawn twice.
    filter: [
      'all',
      ['==', ['get', 'kind'], 'flown'],
      ['==', ['get', 'precision'], 'approximate'],
      ['!=', ['get', 'drawnByEvidence'], true],
    ],
    paint: { 'line-color': COLORS.flown, 'line-width': 2.5, 'line-dasharray': [2, 1.5] },
  },
  {
    id: 'route-flown-exact',
    type: 'line',
    source: 'route',
    filter: [
      'all',
      ['==', ['get', 'kind'], 'flown'],
      ['==', ['get', 'precision'], 'exact'],
      ['!=', ['get', 'drawnByEvidence'], true],
    ],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': COLORS.flown, 'line-width': 3 },
  },
  // The replay: the path flown so far, a wide pale band under the stretches so that their kinds of
  // evidence stay readable behind the aircraft.
  {
    id: 'replay-travelled',
    type: 'line',
    source: 'replay-path',
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': COLORS.flown, 'line-width': 8, 'line-opacity': 0.28 },
  },
  ...EVIDENCE_LAYERS.map(
    (l): LayerSpecification => ({
      id: l.id,
      type: 'line',
      source: 'evidence',
      filter: ['==', ['get', 'line'], l.line],
      layout: { 'line-cap': l.line === 'dotted' ? 'round' : 'butt', 'line-join': 'round' },
      paint: {
        'line-color': COLORS.flown,
        'line-width': l.width,
        'line-opacity': l.opacity,
        ...(l.dash ? { 'line-dasharray': [...l.dash] } : {}),
      },
    }),
  ),
  // Invisible, wide: makes the crossing easy to hit with a finger.
  {
    id: 'place-line-hit',
    type: 'line',
    source: 'places',
    filter: ['==', ['geometry-type'], 'LineString'],
    paint: { 'line-color': '#000', 'line-opacity': 0, 'line-width': 24 },
  },
  {
    id: 'drone-halo',
    type: 'circle',
    source: 'drones',
    paint: { 'circle-radius': 16, 'circle-color': COLORS.drone, 'circle-opacity': 0.18 },
  },
  {
    id: 'drone-ring',
    type: 'circle',
    source: 'drones',
    paint: {
      'circle-radius': 11,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': COLORS.drone,
      'circle-stroke-width': 2.5,
    },
  },
  {
    id: 'place-points',
    type: 'circle',
    source: 'places',
    filter: ['==', ['geometry-type'], 'Point'],
    // The story's places draw over context places (a story's place over a context place a few km away).
    layout: { 'circle-sort-key': ['case', ['get', 'main'], 1, 0] },
    paint: {
      'circle-radius': ['case', ['get', 'main'], 6, 4],
      'circle-color': ['case', ['get', 'main'], COLORS.place, COLORS.context],
      'circle-stroke-color': COLORS.halo,
      'circle-stroke-width': 2,
    },
  },
  {
    id: 'replay-aircraft',
    type: 'circle',
    source: 'replay-aircraft',
    // Filled where a position was received; hollow where it was not recorded or probably false.
    paint: {
      'circle-radius': 7,
      'circle-color': ['case', ['==', ['get', 'position'], 'received'], COLORS.flown, COLORS.halo],
      'circle-stroke-color': COLORS.flown,
      'circle-stroke-width': ['case', ['==', ['get', 'position'], 'received'], 4, 2.5],
    },
  },
  {
    id: 'place-labels',
    type: 'symbol',
    source: 'places',
    filter: ['==', ['geometry-type'], 'Point'],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [LABEL_FONT],
      'text-max-width': 10,
      'text-size': ['case', ['get', 'main'], 14, 12],
      'text-variable-anchor': [
        'top',
        'bottom',
        'left',
        'right',
        'bottom-right',
        'top-right',
        'bottom-left',
        'top-left',
      ],
      'symbol-sort-key': ['case', ['get', 'main'], 0, 1],
      'text-radial-offset': 0.9,
    },
    paint: {
      'text-color': ['case', ['get', 'main'], COLORS.place, COLORS.context],
      'text-halo-color': COLORS.halo,
      'text-halo-width': 1.5,
    },
  },
  {
    id: 'place-line-labels',
    type: 'symbol',
    source: 'places',
    filter: ['==', ['geometry-type'], 'LineString'],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [LABEL_FONT],
      'text-size': 13,
      'symbol-placement': 'line-center',
      'text-offset': [0, -1.2],
    },
    paint: { 'text-color': COLORS.place, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.5 },
  },
  // Below zoom 5 the crossing is shorter than its name, and a label along it would not fit:
  // the name is written beside the crossing's western end instead (a point-placed symbol on a
  // line anchors at its first vertex).
  {
    id: 'place-line-start-labels',
    type: 'symbol',
    source: 'places',
    maxzoom: 5,
    filter: ['==', ['geometry-type'], 'LineString'],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [LABEL_FONT],
      'text-size': 13,
      'text-anchor': 'top-left',
      'text-offset': [0.3, 0.6],
      // Always drawn (the story's labels must be legible at zoom 4); labels below avoid it.
      'text-allow-overlap': true,
      'text-max-width': 20,
    },
    paint: { 'text-color': COLORS.place, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.5 },
  },
  // Last, so placed first: an invisible symbol over each story marker (and its drone ring) that
  // every label below must avoid. Circles take no part in label collision; this stands in for them.
  {
    id: 'place-marker-space',
    type: 'symbol',
    source: 'places',
    filter: ['==', ['geometry-type'], 'Point'],
    layout: {
      'text-field': 'o',
      'text-font': [LABEL_FONT],
      // Sized to the marker: a story place's dot and drone ring, a context place's small dot.
      'text-size': ['case', ['get', 'main'], 13, 5],
      'text-padding': 3,
      'text-allow-overlap': true,
      'text-ignore-placement': false,
    },
    paint: { 'text-opacity': 0 },
  },
];

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export function buildStyle(
  urls: StyleUrls,
  visible: Record<LayerId, boolean>,
  scheme: ColorScheme = 'light',
): StyleSpecification {
  const hidden = new Set(
    (Object.keys(TOGGLE_LAYERS) as LayerId[]).filter((k) => !visible[k]).flatMap((k) => TOGGLE_LAYERS[k]),
  );
  const style = {
    version: 8,
    'font-faces': {
      [LABEL_FONT]: [
        { url: urls.fontLatin, 'unicode-range': ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+2000-206F'] },
      ],
    },
    sources: {
      world: { type: 'geojson', data: urls.world },
      basemap: { type: 'geojson', data: urls.basemap },
      detail: {
        type: 'vector',
        tiles: [urls.detailTiles],
        minzoom: DETAIL_TILES.minZoom,
        maxzoom: DETAIL_TILES.maxZoom,
        bounds: DETAIL_TILES.bbox,
      },
      'context-places': { type: 'geojson', data: urls.contextPlaces },
      places: { type: 'geojson', data: urls.places, promoteId: 'id' },
      route: { type: 'geojson', data: urls.route },
      drones: { type: 'geojson', data: urls.drones },
      evidence: { type: 'geojson', data: urls.evidence },
      'replay-path': { type: 'geojson', data: EMPTY },
      'replay-aircraft': { type: 'geojson', data: EMPTY },
    },
    layers: layers(paletteOf(scheme)).map((l): LayerSpecification => (hidden.has(l.id) ? hide(l) : l)),
  } satisfies StyleSpecification;
  return style;
}

/** A layer with `visibility: none`; its type-specific layout kept (the cast only restores its union member). */
function hide(layer: LayerSpecification): LayerSpecification {
  return { ...layer, layout: { ...layer.layout, visibility: 'none' } } as LayerSpecification;
}

/** Each layer's paint in a colour scheme: what changes when the reader's scheme does. */
export function schemePaint(scheme: ColorScheme): [string, Record<string, unknown>][] {
  return layers(paletteOf(scheme)).map((l) => [l.id, { ...('paint' in l ? l.paint : {}) }]);
}
