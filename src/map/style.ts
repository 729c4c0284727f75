import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { DetailTilesMeta, StoryLayer } from '../../geo/schema.ts';
import { hitLayers, layerSources, layerStyleLayers, toggleLayers } from './layer-registry.ts';
import { COLORS, type ColorScheme, type Palette, paletteOf } from './palette.ts';

/**
 * The whole map as a MapLibre style object: data, not code. Everything it points at is served
 * by the app itself (GeoJSON under data/, one woff2 font), so the default build makes no request
 * off its own origin and needs no tile server, glyph server or API key.
 */

/** The font name used in `text-font`; mapped to a local file by the style's `font-faces`. */
export const LABEL_FONT = 'Noto Sans Regular';

/**
 * What the style draws, by address: MapLibre's worker fetches and parses every file off the main
 * thread. The places may be handed over as data the app already holds.
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
  /** The address of a file under data/ (a layer's own data). */
  data: (file: string) => string;
  /** woff2 file for the label font's Latin letters. */
  fontLatin: string;
  /**
   * And its Cyrillic letters (a story's labels in Russian). The browser fetches a face only when a
   * label needs a letter in its range, so a page in English never loads it.
   */
  fontCyrillic?: string;
}

/** What the style is made of: the story's layers and geography, and what the reader chose. */
export interface StyleInput {
  urls: StyleUrls;
  /** The story's layers (story.json), drawn by the layer registry. */
  layers: readonly StoryLayer[];
  /** Which layers are shown, by id. */
  visible: Readonly<Record<string, boolean>>;
  /** Where the detail tiles are; null: Natural Earth's land at every zoom. */
  detailTiles: DetailTilesMeta | null;
  scheme?: ColorScheme;
}

// A function of the palette (named as the light one, so each layer reads the same in both schemes)
// and of the story: its detail tiles, and its layers (drawn by the registry) around its places.
const layers = (COLORS: Palette, story: Pick<StyleInput, 'layers' | 'detailTiles'>): LayerSpecification[] => {
  const tiles = story.detailTiles;
  const storyLayers = layerStyleLayers(story.layers, COLORS);
  return [
    { id: 'water', type: 'background', paint: { 'background-color': COLORS.water } },
    {
      id: 'world-land',
      type: 'fill',
      source: 'world',
      filter: ['==', ['get', 'kind'], 'land'],
      paint: { 'fill-color': COLORS.land, 'fill-antialias': true },
    },
    // Natural Earth's 1:10m coast is up to ~1 km off: past the detail tiles' first zoom the
    // OpenStreetMap land replaces it inside the region. A story without tiles keeps it at every zoom.
    {
      id: 'land',
      type: 'fill',
      source: 'basemap',
      ...(tiles ? { maxzoom: tiles.minZoom } : {}),
      filter: ['==', ['get', 'kind'], 'land'],
      paint: { 'fill-color': COLORS.land, 'fill-antialias': true },
    },
    ...(tiles
      ? [
          {
            id: 'detail-land',
            type: 'fill',
            source: 'detail',
            'source-layer': tiles.landLayer,
            minzoom: tiles.minZoom,
            paint: { 'fill-color': COLORS.land, 'fill-antialias': true },
          } satisfies LayerSpecification,
        ]
      : []),
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
    // The story's layers under its place markers (routes, rings), in the story's order.
    ...storyLayers.under,
    // Invisible, wide: makes the crossing easy to hit with a finger.
    {
      id: 'place-line-hit',
      type: 'line',
      source: 'places',
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': '#000', 'line-opacity': 0, 'line-width': 24 },
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
    // Points with popups of their own, over the places they may stand beside.
    ...storyLayers.over,
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
        // Wrapped like the places' names, so a long name (a translation's, say) stays in a
        // phone's map.
        'text-max-width': 10,
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
};

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Layers a click or tap selects a place from: the places', and the layers' that open a place. */
export function placeHitLayers(storyLayers: readonly StoryLayer[]): string[] {
  return ['place-line-hit', 'place-points', ...hitLayers(storyLayers, COLORS).place];
}

/** Layers a click or tap opens a feature's own popup from. */
export function featureHitLayers(storyLayers: readonly StoryLayer[]): string[] {
  return hitLayers(storyLayers, COLORS).feature;
}

/**
 * The whole map as a style object, in the reader's scheme, with the toggles' layers hidden that
 * `visible` switches off.
 */
export function buildStyle({
  urls,
  layers: storyLayers,
  visible,
  detailTiles,
  scheme = 'light',
}: StyleInput): StyleSpecification {
  const palette = paletteOf(scheme);
  const toggles = toggleLayers(storyLayers, palette);
  const hidden = new Set(storyLayers.filter((l) => !visible[l.id]).flatMap((l) => toggles[l.id] ?? []));
  const style = {
    version: 8,
    'font-faces': {
      [LABEL_FONT]: [
        { url: urls.fontLatin, 'unicode-range': ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+2000-206F'] },
        // @fontsource/noto-sans's own range for its Cyrillic file.
        ...(urls.fontCyrillic
          ? [
              {
                url: urls.fontCyrillic,
                'unicode-range': ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'],
              },
            ]
          : []),
      ],
    },
    sources: {
      world: { type: 'geojson', data: urls.world },
      basemap: { type: 'geojson', data: urls.basemap },
      ...(detailTiles
        ? {
            detail: {
              type: 'vector',
              tiles: [urls.detailTiles],
              minzoom: detailTiles.minZoom,
              maxzoom: detailTiles.maxZoom,
              bounds: detailTiles.bbox,
            } satisfies SourceSpecification,
          }
        : {}),
      'context-places': { type: 'geojson', data: urls.contextPlaces },
      places: { type: 'geojson', data: urls.places, promoteId: 'id' },
      ...layerSources(storyLayers, urls.data),
      'replay-path': { type: 'geojson', data: EMPTY },
      'replay-aircraft': { type: 'geojson', data: EMPTY },
    },
    layers: layers(palette, { layers: storyLayers, detailTiles }).map(
      (l): LayerSpecification => (hidden.has(l.id) ? hide(l) : l),
    ),
  } satisfies StyleSpecification;
  return style;
}

/** A layer with `visibility: none`; its type-specific layout kept (the cast only restores its union member). */
function hide(layer: LayerSpecification): LayerSpecification {
  return { ...layer, layout: { ...layer.layout, visibility: 'none' } } as LayerSpecification;
}

/** Each layer's paint in a colour scheme: what changes when the reader's scheme does. */
export function schemePaint(
  scheme: ColorScheme,
  story: Pick<StyleInput, 'layers' | 'detailTiles'>,
): [string, Record<string, unknown>][] {
  return layers(paletteOf(scheme), story).map((l) => [l.id, { ...('paint' in l ? l.paint : {}) }]);
}
