import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type CountriesTopology, landOf } from '../../../geo/build/basemap.ts';
import {
  type BuildResult,
  buildStory,
  loadAtlas,
  type OutputFile,
  run,
  writeOutput,
} from '../../../geo/build/main.ts';
import { formatError } from '../../../geo/build/story-error.ts';
import type { BasemapCollection, PlaceCollection, RouteCollection } from '../../../geo/schema.ts';

let atlas: CountriesTopology;
let first: OutputFile[];
const temp: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'geo-test-'));
  temp.push(d);
  return d;
};

function files(result: BuildResult): OutputFile[] {
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result.files;
}
const text = (path: string): string => {
  const f = first.find((x) => x.path === path);
  if (!f) throw new Error(`no ${path}`);
  return f.content.toString();
};

beforeAll(() => {
  atlas = loadAtlas();
  first = files(buildStory('geo', atlas));
});
afterAll(() => {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

describe('npm run geo output', () => {
  it('emits exactly the files listed in geo/schema.ts', () => {
    const sources = ['000', '001', '002', '003', '004'];
    const articleFiles = readdirSync('geo/sources').filter((f) => f.endsWith('.txt'));
    expect(articleFiles.map((f) => f.slice(0, 3))).toEqual(sources);
    const places = [
      'aktau',
      'baku',
      'caspian-crossing',
      'crash-site',
      'grozny',
      'makhachkala',
      'mozdok',
      'vladikavkaz',
    ];
    // The files that hold the story's words, once more per language (geo/i18n/<lang>/).
    const worded = [
      'story.json',
      'places.geojson',
      'route.geojson',
      'drone-attacks.geojson',
      'timeline.json',
      'track.json',
      'claims.json',
      ...places.map((p) => `passages/${p}.json`),
    ];
    expect(first.map((f) => f.path)).toEqual(
      [
        'sources.json',
        ...worded,
        // …and the evidence's words (its legend, its stretches), with the flown path they explain.
        ...[...worded, 'evidence.json', 'evidence.geojson'].map((f) => `ru/${f}`),
        'languages.json',
        'basemap.geojson',
        'evidence.json',
        'evidence.geojson',
        ...articleFiles.map((f) => `articles/${f}`),
        ...[
          'README.md',
          'altitude.csv',
          'articles.json',
          'claims.csv',
          'evidence.csv',
          'evidence.geojson',
          'index.json',
          'later-findings.csv',
          'passages.csv',
          'places.geojson',
          'route.geojson',
          'timeline.csv',
        ].map((f) => `download/${f}`),
      ].sort(),
    );
  });

  it('copies the articles byte for byte', () => {
    for (const f of first.filter((x) => x.path.startsWith('articles/'))) {
      expect(
        Buffer.from(f.content).equals(readFileSync(`geo/sources/${f.path.slice('articles/'.length)}`)),
      ).toBe(true);
    }
  });

  it('lists the main places in story order, then the context places', () => {
    const places = JSON.parse(text('places.geojson')) as PlaceCollection;
    expect(places.features.map((f) => [f.properties.id, f.properties.main])).toEqual([
      ['baku', true],
      ['grozny', true],
      ['mozdok', true],
      ['vladikavkaz', true],
      ['caspian-crossing', true],
      ['aktau', true],
      ['crash-site', false],
      ['makhachkala', false],
    ]);
    const crossing = places.features.find((f) => f.properties.id === 'caspian-crossing');
    expect(crossing?.geometry.type).toBe('LineString');
  });

  it('draws the planned route and a flown path from Baku to the crash site', () => {
    const route = JSON.parse(text('route.geojson')) as RouteCollection;
    const planned = route.features.filter((f) => f.properties.kind === 'planned');
    expect(planned).toHaveLength(1);
    const flown = route.features.filter((f) => f.properties.kind === 'flown');
    // Each flown leg starts where the previous one ended.
    for (let i = 1; i < flown.length; i++) {
      const prev = flown[i - 1]?.geometry.coordinates;
      expect(flown[i]?.geometry.coordinates[0]).toEqual(prev?.[prev.length - 1]);
    }
    expect(flown[0]?.geometry.coordinates[0]).toEqual([50.05093, 40.47278]);
    expect(flown.at(-1)?.geometry.coordinates.at(-1)).toEqual([51.01, 43.8825]);
    for (const f of route.features) expect(['exact', 'approximate']).toContain(f.properties.precision);
  });

  it('keeps the basemap within 300 KB gzipped', () => {
    const raw = text('basemap.geojson');
    const gz = gzipSync(raw).length;
    expect(gz).toBeLessThanOrEqual(300 * 1024);
    const basemap = JSON.parse(raw) as BasemapCollection;
    const names = basemap.features.filter((f) => f.properties.kind === 'land').map((f) => f.properties.name);
    expect(names).toEqual(expect.arrayContaining(['Russia', 'Azerbaijan', 'Kazakhstan', 'Georgia', 'Iran']));
    const labels = basemap.features
      .filter((f) => f.properties.kind === 'label')
      .map((f) => f.properties.name);
    expect(labels).toEqual(expect.arrayContaining(['Caspian Sea', 'Black Sea', 'Russia', 'Turkmenistan']));
    expect(basemap.features.some((f) => f.properties.kind === 'border')).toBe(true);
  });

  it.each([
    ['Grozny airport', [45.699772, 43.388106], 'Russia'],
    ['Baku airport', [50.05093, 40.47278], 'Azerbaijan'],
    ['Aktau airport', [51.09086, 43.860093], 'Kazakhstan'],
    ['Mozdok', [44.65694, 43.74722], 'Russia'],
  ])('puts %s on the land of %s', (_name, point, country) => {
    const basemap = JSON.parse(text('basemap.geojson')) as BasemapCollection;
    const land = landOf(basemap, String(country));
    expect(land && booleanPointInPolygon(point as number[], land)).toBe(true);
  });

  it.each([
    ['the middle Caspian', [50.5, 42.0]],
    ['the Caspian west of Aktau', [50.5, 43.8]],
    ['the south Caspian', [51.0, 38.5]],
    ['the Black Sea', [37.5, 43.0]],
  ])('leaves %s as water (no land polygon)', (_name, point) => {
    const basemap = JSON.parse(text('basemap.geojson')) as BasemapCollection;
    for (const f of basemap.features) {
      if (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') {
        expect(booleanPointInPolygon(point as number[], f.geometry), f.properties.name).toBe(false);
      }
    }
  });

  it('is deterministic: two builds written to two directories are byte-identical', () => {
    const a = tempDir();
    const b = tempDir();
    writeOutput(a, first);
    writeOutput(b, files(buildStory('geo', atlas)));
    const list = (d: string) => readdirSync(d, { recursive: true, encoding: 'utf8' }).sort();
    expect(list(a)).toEqual(list(b));
    for (const f of first) {
      expect(readFileSync(join(a, f.path)).equals(readFileSync(join(b, f.path))), f.path).toBe(true);
    }
  });
});

describe('corrupted stories fail with a message naming the file and the feature', () => {
  function corrupt(file: string, edit: (s: string) => string): string {
    const dir = tempDir();
    cpSync('geo', dir, { recursive: true, filter: (src) => !src.includes(`${join('geo', 'build')}`) });
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    expect(after).not.toBe(before);
    writeFileSync(path, after);
    return dir;
  }
  const messages = (dir: string): string[] => {
    const r = buildStory(dir, atlas);
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.errors.map(formatError);
  };

  it('a quote changed by one character', () => {
    const dir = corrupt('drone-attacks.json', (s) =>
      s.replace(
        'Ukrainian drones were attacking Grozny, Mozdok',
        'Ukrainian drones were attacking Grozny, Mozdoc',
      ),
    );
    expect(messages(dir)).toEqual([
      'drone-attacks.json › evidence #8 (004): quote not found verbatim in article 004: "Ukrainian drones were attacking Grozny, Mozdoc, and Vladikavkaz at the time"',
    ]);
  });

  it('an article changed by one character no longer supports its quote', () => {
    const dir = corrupt('sources/002_09aa32f1bc27768b.txt', (s) =>
      s.replace('targeting Grozny, Mozdok', 'targeting Grozny; Mozdok'),
    );
    // The drone layer's evidence quotes the changed words; no claim quotes them (the claims quote
    // the sentence only up to "drone attacks").
    expect(messages(dir)).toEqual([
      'drone-attacks.json › evidence #6 (002): quote not found verbatim in article 002: "ongoing Ukrainian drone attacks targeting Grozny, Mozdok, and Vladikavkaz"',
    ]);
  });

  it('an unknown place id in the route', () => {
    const dir = corrupt('route.json', (s) => s.replace('"placeId": "aktau"', '"placeId": "aktaw"'));
    expect(messages(dir)).toEqual(['route.json › waypoint aktau-airport: unknown place id "aktaw"']);
  });

  it('an unknown place id in the drone attacks', () => {
    const dir = corrupt('drone-attacks.json', (s) => s.replace('"mozdok"', '"atlantis"'));
    expect(messages(dir)).toEqual(['drone-attacks.json › atlantis: unknown place id "atlantis"']);
  });

  it('an out-of-range coordinate', () => {
    const dir = corrupt('gazetteer.json', (s) => s.replace('"lat": 43.74722', '"lat": 93.74722'));
    expect(messages(dir)).toEqual(['gazetteer.json › mozdok: latitude 93.74722 is outside [-90, 90]']);
  });

  it('a coordinate outside the story region', () => {
    const dir = corrupt('route.json', (s) => s.replace('"lng": 48.385', '"lng": 58.385'));
    expect(messages(dir)).toEqual([
      'route.json › waypoint mid-caspian: [58.385, 43.656] is outside the story region [36, 36, 56, 48] (geo/basemap.json bbox)',
    ]);
  });

  it('a place that no article names', () => {
    const dir = corrupt('gazetteer.json', (s) => s.replace('"aliases": ["crash site"]', '"aliases": []'));
    expect(messages(dir)).toEqual([
      'gazetteer.json › crash-site: no article sentence names this place (add an alias the articles use, or a noPassagesReason)',
    ]);
  });

  it('a country name slipped in as an alias', () => {
    const dir = corrupt('gazetteer.json', (s) =>
      s.replace('"aliases": ["the city of Aktau"]', '"aliases": ["Kazakhstan"]'),
    );
    expect(messages(dir)).toEqual([
      'gazetteer.json › aktau: "Kazakhstan" is listed as not an alias but the names match it',
    ]);
  });

  it('the command exits non-zero and writes nothing', () => {
    const dir = corrupt('gazetteer.json', (s) => s.replace('"lng": 44.6775', '"lng": 444.6775'));
    const out = join(tempDir(), 'data');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(run(['--story', dir, '--out', out])).toBe(1);
      expect(error.mock.calls.flat().join('\n')).toContain(
        'gazetteer.json › vladikavkaz: longitude 444.6775',
      );
    } finally {
      error.mockRestore();
    }
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(join(out, '..'))).toEqual([]);
  });
});
