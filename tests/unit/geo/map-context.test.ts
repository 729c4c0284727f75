import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { VectorTile } from '@mapbox/vector-tile';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import type { CountriesTopology } from '../../../geo/build/basemap.ts';
import { buildContextPlaces, cityMinZoom, type GeoNamesCity } from '../../../geo/build/context-places.ts';
import { readDetailTilesConfig } from '../../../geo/build/map-context.ts';
import { osmLandCacheName } from '../../../geo/build/osm-land-cache.ts';
import { clipLandToBox } from '../../../geo/build/osm-land-cut.ts';
import type { GazetteerPlace } from '../../../geo/build/read-story.ts';
import { buildDetailTiles, tilesCovering, tileXY } from '../../../geo/build/tiles.ts';
import { buildWorld, misplacedWorldLabels } from '../../../geo/build/world.ts';
import { detailTileUrl } from '../../../src/map/detail-tiles.ts';
import { buildStyle } from '../../../src/map/style.ts';

const require = createRequire(import.meta.url);
const square = (w: number, s: number, e: number, n: number): Position[][] => [
  [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ],
];

describe('tiles', () => {
  it('finds the slippy-map tile of a point', () => {
    expect(tileXY(0, 0, 1)).toEqual([1, 1]);
    expect(tileXY(-180, 85, 3)).toEqual([0, 0]);
    // Aktau airport at zoom 10.
    expect(tileXY(51.09086, 43.860093, 10)).toEqual([657, 372]);
  });

  it('covers a box at each zoom with every tile that overlaps it, and only those', () => {
    const tiles = tilesCovering([36, 36, 56, 48], 7, 8);
    expect(tiles.filter(([z]) => z === 7)).toHaveLength(7 * 8);
    for (const [z, x, y] of tiles) {
      const west = (x / 2 ** z) * 360 - 180;
      const east = ((x + 1) / 2 ** z) * 360 - 180;
      expect(east).toBeGreaterThan(36);
      expect(west).toBeLessThan(56);
      expect(y).toBeGreaterThanOrEqual(tileXY(0, 48, z)[1]);
    }
  });

  it('writes land into tiles that hold it and an empty file for open water', () => {
    const land = {
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          properties: {},
          geometry: { type: 'Polygon' as const, coordinates: square(50, 43, 50.5, 43.5) },
        },
      ],
    };
    const files = buildDetailTiles(land, { bbox: [49, 42, 52, 44], minZoom: 7, maxZoom: 8 });
    expect(files.map((f) => f.path)).toEqual(
      tilesCovering([49, 42, 52, 44], 7, 8).map(([z, x, y]) => `tiles/${z}/${x}/${y}.pbf`),
    );
    const [x, y] = tileXY(50.25, 43.25, 8);
    const full = files.find((f) => f.path === `tiles/8/${x}/${y}.pbf`);
    const tile = new VectorTile(new PbfReader(new Uint8Array(full?.content ?? [])));
    expect(tile.layers.land?.length).toBe(1);
    expect(tile.layers.land?.feature(0).type).toBe(3);
    const [wx, wy] = tileXY(51.8, 42.1, 8);
    expect(files.find((f) => f.path === `tiles/8/${wx}/${wy}.pbf`)?.content.length).toBe(0);
  });

  it('the map asks for the zooms and box the build writes, and nothing else', () => {
    const errors: never[] = [];
    const tiles = readDetailTilesConfig('geo', errors);
    expect(errors).toEqual([]);
    if (!tiles) throw new Error('the story has detail tiles');
    const style = buildStyle({
      urls: {
        basemap: 'b',
        world: 'w',
        contextPlaces: 'c',
        detailTiles: 't/{z}/{x}/{y}.pbf',
        places: 'p',
        data: (f) => f,
        fontLatin: 'f',
      },
      layers: [],
      visible: {},
      detailTiles: { ...tiles, bbox: tiles.bbox as [number, number, number, number], landLayer: 'land' },
    });
    expect(style.sources.detail).toMatchObject({
      minzoom: tiles.minZoom,
      maxzoom: tiles.maxZoom,
      bounds: tiles.bbox,
    });
    // Natural Earth's land gives way to the tiles' at their first zoom.
    expect(style.layers.find((l) => l.id === 'land')?.maxzoom).toBe(tiles.minZoom);
    expect(detailTileUrl('http://x/a/data/')).toBe('http://x/a/data/tiles/{z}/{x}/{y}.pbf');
    expect(detailTileUrl('http://x/a/data')).toBe('http://x/a/data/tiles/{z}/{x}/{y}.pbf');
  });
});

describe('OSM land cut to a box', () => {
  it('keeps polygons inside, drops those outside, clips those across the edge', () => {
    const fc = clipLandToBox(
      [square(1, 1, 2, 2), square(20, 20, 21, 21), square(8, 8, 12, 12)],
      [0, 0, 10, 10],
    );
    const polys = fc.features[0]?.geometry.coordinates ?? [];
    expect(polys).toHaveLength(2);
    const clipped = polys[1]?.[0] ?? [];
    for (const [x = 0, y = 0] of clipped) {
      expect(x).toBeLessThanOrEqual(10);
      expect(y).toBeLessThanOrEqual(10);
    }
  });

  it('drops holes under 10 km² (ponds the data has simplified to triangles) and keeps larger water', () => {
    // ~0.01° squares are ~0.9 km²; 0.1° squares ~90 km² at lat 1.5.
    const land: Position[][] = [
      ...square(0, 0, 5, 5),
      ...square(1, 1, 1.01, 1.01),
      ...square(2, 2, 2.1, 2.1),
    ];
    const polys = clipLandToBox([land], [-1, -1, 6, 6]).features[0]?.geometry.coordinates ?? [];
    expect(polys[0]).toHaveLength(2);
    expect(polys[0]?.[1]?.[0]).toEqual([2, 2]);
  });

  it('names its cache after the input version and the box', () => {
    expect(osmLandCacheName('0.6.0', [36, 36, 56, 48])).toMatch(
      /^earth-lands-10m@0\.6\.0_36_36_56_48_v\d+\.geojson$/,
    );
    expect(osmLandCacheName('0.7.0', [36, 36, 56, 48])).not.toBe(osmLandCacheName('0.6.0', [36, 36, 56, 48]));
  });
});

describe('the world around the region', () => {
  const topology = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'),
  ) as CountriesTopology;
  const world = buildWorld(topology, { cutOut: [36, 36, 56, 48], labels: [], decimals: 2 });
  const land = world.features.filter(
    (f): f is Feature<Polygon | MultiPolygon, { kind: 'land'; name: string }> => f.properties.kind === 'land',
  );

  it('has land at distant capitals and none inside the region, which the detailed basemap draws', () => {
    const onLand = (p: [number, number]) => land.some((f) => booleanPointInPolygon(p, f));
    for (const p of [
      [37.62, 55.75],
      [51.42, 35.69],
      [32.85, 39.92],
      [69.22, 41.26],
      [44.4, 33.34],
    ] as [number, number][])
      expect(onLand(p), `${p}`).toBe(true);
    expect(onLand([45.7, 43.3])).toBe(false); // Grozny
    expect(onLand([40, 40])).toBe(false); // eastern Turkey
  });

  it('draws no border inside the region', () => {
    for (const f of world.features)
      if (f.geometry.type === 'LineString')
        for (const [x = 0, y = 0] of f.geometry.coordinates.slice(1, -1))
          expect(x > 36 && x < 56 && y > 36 && y < 48, `${x},${y}`).toBe(false);
  });

  it('reports a label off its country, and one naming no country', () => {
    expect(misplacedWorldLabels(topology, [{ name: 'Iraq', lng: 43.5, lat: 33 }])).toEqual([]);
    expect(misplacedWorldLabels(topology, [{ name: 'Iraq', lng: 38.5, lat: 35 }])).toHaveLength(1);
    expect(misplacedWorldLabels(topology, [{ name: 'Atlantis', lng: 0, lat: 0 }])[0]).toMatch(
      /not a country/,
    );
  });

  it('labels of geo/world.json all lie on their countries', () => {
    const { labels } = JSON.parse(readFileSync('geo/world.json', 'utf8'));
    expect(misplacedWorldLabels(topology, labels)).toEqual([]);
  });
});

describe('context places', () => {
  it.each([
    [10_000_000, 3],
    [1_000_000, 3],
    [497_959, 5],
    [105_965, 6],
    [35_604, 7],
    [9_000, 8],
  ])('a city of %i people appears from zoom %i', (population, zoom) => {
    expect(cityMinZoom(population)).toBe(zoom);
  });

  const geonames: GeoNamesCity[] = [
    {
      cityId: 566532,
      name: 'Derbent',
      country: 'RU',
      population: 105965,
      loc: { coordinates: [48.289871, 42.067791] },
    },
    {
      cityId: 532096,
      name: 'Makhachkala',
      country: 'RU',
      population: 497959,
      loc: { coordinates: [47.50236, 42.97638] },
    },
  ];
  const airport = {
    id: 'grozny',
    name: 'Grozny',
    role: 'airport',
    point: { lat: 43.388106, lng: 45.699772 },
    coordSource: { label: 'OurAirports airports.csv, URMG' },
  } as GazetteerPlace;
  const makhachkala = { id: 'makhachkala', name: 'Makhachkala', role: 'city' } as GazetteerPlace;

  it('draws GeoNames cities at their points, with their zoom, leaving out gazetteer places', () => {
    const { places, errors } = buildContextPlaces(
      {
        cities: [
          { geonameId: 566532, name: 'Derbent' },
          { geonameId: 532096, name: 'Makhachkala' },
        ],
        airports: [{ placeId: 'grozny', iata: 'GRV', name: 'Grozny Airport' }],
      },
      geonames,
      [airport, makhachkala],
    );
    expect(errors).toEqual([]);
    expect(
      places.features.map((f) => [f.properties.name, f.properties.minZoom, f.geometry.coordinates]),
    ).toEqual([
      ['Derbent', 6, [48.28987, 42.06779]],
      ['Grozny Airport (GRV)', 9, [45.69977, 43.38811]],
    ]);
    expect(places.features[1]?.properties.source).toBe('OurAirports airports.csv, URMG');
  });

  it('names the entry at fault: an unknown id, a name that is not GeoNames’, an airport that is not one', () => {
    const { errors } = buildContextPlaces(
      {
        cities: [
          { geonameId: 1, name: 'Nowhere' },
          { geonameId: 566532, name: 'Derbend' },
        ],
        airports: [{ placeId: 'makhachkala', iata: 'MCX', name: 'x' }],
      },
      geonames,
      [makhachkala],
    );
    expect(errors.map((e) => `${e.file} › ${e.item}`)).toEqual([
      'context-places.json › city 1 (Nowhere)',
      'context-places.json › city 566532 (Derbend)',
      'context-places.json › airport MCX',
    ]);
  });
});
