import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { toggleLayers } from '../../../src/map/layer-registry.ts';
import { COLORS } from '../../../src/map/palette.ts';
import { buildStyle, featureHitLayers, placeHitLayers, type StyleUrls } from '../../../src/map/style.ts';
import { LAYERS } from './story-layers.ts';

const urls: StyleUrls = {
  basemap: 'https://example.test/data/basemap.geojson',
  world: 'https://example.test/data/world.geojson',
  contextPlaces: 'https://example.test/data/context-places.geojson',
  detailTiles: 'https://example.test/data/tiles/{z}/{x}/{y}.pbf',
  places: { type: 'FeatureCollection', features: [] },
  data: (file) => `https://example.test/data/${file}`,
  fontLatin: 'https://example.test/noto.woff2',
};
const tiles = {
  bbox: [36, 36, 56, 48] as [number, number, number, number],
  minZoom: 7,
  maxZoom: 10,
  landLayer: 'land',
};
const style = (visible: Record<string, boolean>, detailTiles: typeof tiles | null = tiles) =>
  buildStyle({ urls, layers: LAYERS, visible, detailTiles });

describe('buildStyle', () => {
  it.each([
    ['every layer shown', { route: true, quays: true, videos: true }],
    ['every toggle off', { route: false, quays: false, videos: false }],
  ])('is a valid MapLibre style by the style spec itself (%s)', (_, visible) => {
    expect(validateStyleMin(style(visible)).map((e) => e.message)).toEqual([]);
  });

  it('hides exactly the layers of a toggle that is off, and names only layers it has', () => {
    const s = style({ route: false, quays: true, videos: true });
    const ids = new Set(s.layers.map((l) => l.id));
    const toggles = toggleLayers(LAYERS, COLORS);
    for (const id of [
      ...Object.values(toggles).flat(),
      ...placeHitLayers(LAYERS),
      ...featureHitLayers(LAYERS),
    ])
      expect(ids).toContain(id);
    const hidden = s.layers.filter(
      (l) => l.layout && 'visibility' in l.layout && l.layout.visibility === 'none',
    );
    expect(hidden.map((l) => l.id).sort()).toEqual([...(toggles.route ?? [])].sort());
  });

  it('reads each layer from its own data file', () => {
    const s = style({ route: true, quays: true, videos: true });
    expect(s.sources.quays).toMatchObject({ data: 'https://example.test/data/drone-attacks.geojson' });
    expect(s.sources.videos).toMatchObject({ data: 'https://example.test/data/videos.geojson' });
  });

  it('without detail tiles, keeps Natural Earth’s land at every zoom and asks for no tile', () => {
    const s = style({}, null);
    expect(s.sources.detail).toBeUndefined();
    expect(s.layers.find((l) => l.id === 'land')?.maxzoom).toBeUndefined();
    expect(s.layers.some((l) => 'source' in l && l.source === 'detail')).toBe(false);
    expect(validateStyleMin(s).map((e) => e.message)).toEqual([]);
  });

  it('with no layers at all, draws the places and the map around them', () => {
    const s = buildStyle({ urls, layers: [], visible: {}, detailTiles: null });
    expect(s.layers.map((l) => l.id)).toContain('place-points');
    expect(validateStyleMin(s).map((e) => e.message)).toEqual([]);
  });
});
