import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildStyle, PLACE_HIT_LAYERS, type StyleUrls, TOGGLE_LAYERS } from '../../../src/map/style.ts';

const urls: StyleUrls = {
  basemap: 'https://example.test/data/basemap.geojson',
  world: 'https://example.test/data/world.geojson',
  contextPlaces: 'https://example.test/data/context-places.geojson',
  detailTiles: 'https://example.test/data/tiles/{z}/{x}/{y}.pbf',
  places: { type: 'FeatureCollection', features: [] },
  route: 'https://example.test/data/route.geojson',
  drones: 'https://example.test/data/drone-attacks.geojson',
  evidence: 'https://example.test/data/evidence.geojson',
  fontLatin: 'https://example.test/noto.woff2',
};

describe('buildStyle', () => {
  it.each([
    ['every layer shown', { route: true, drones: true }],
    ['both toggles off', { route: false, drones: false }],
  ])('is a valid MapLibre style by the style spec itself (%s)', (_, visible) => {
    expect(validateStyleMin(buildStyle(urls, visible)).map((e) => e.message)).toEqual([]);
  });

  it('hides exactly the layers of a toggle that is off, and names only layers it has', () => {
    const style = buildStyle(urls, { route: false, drones: true });
    const ids = new Set(style.layers.map((l) => l.id));
    for (const id of [...Object.values(TOGGLE_LAYERS).flat(), ...PLACE_HIT_LAYERS]) expect(ids).toContain(id);
    const hidden = style.layers.filter(
      (l) => l.layout && 'visibility' in l.layout && l.layout.visibility === 'none',
    );
    expect(hidden.map((l) => l.id).sort()).toEqual([...TOGGLE_LAYERS.route].sort());
  });
});
