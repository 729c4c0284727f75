/**
 * A `points` layer (story.json `layers`, role "points"): `<id>.json` in the story lists points,
 * each with its own popup's words — a title, a date, a line of text — and its sources, under the
 * source policy. Read, checked and turned into `<id>.geojson` here; pure but for reading the file.
 */
import type { BBox } from 'geojson';
import type { FactSource, FeaturePointCollection, StoryLayer } from '../schema.ts';
import { Fields, itemName, list, readJson } from './read-story.ts';
import { sourcePolicyProblems } from './source-policy.ts';
import type { StoryError } from './story-error.ts';
import { pointsInputFile } from './story-layers.ts';

export interface FeaturePointSpec {
  id: string;
  title: string;
  date: string;
  text: string;
  lat: number;
  lng: number;
  sources: FactSource[];
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads `<layerId>.json` (`{ "points": [...] }`); shape errors are named by file and point. */
export function readFeaturePoints(dir: string, layerId: string, errors: StoryError[]): FeaturePointSpec[] {
  const file = pointsInputFile(layerId);
  return list(readJson(dir, file, errors), 'points', file, errors).map((o, i) => {
    const f = new Fields(errors, file, itemName(o, i), o);
    return {
      id: f.str('id'),
      title: f.str('title'),
      date: f.str('date'),
      text: f.str('text'),
      lat: f.num('lat'),
      lng: f.num('lng'),
      sources: f.objs('sources', (s) => s.asSource()),
    };
  });
}

/** Every `points` layer's points, by layer id, for the layers `layers` lists. */
export function readPointLayers(
  dir: string,
  layers: readonly StoryLayer[],
  errors: StoryError[],
): Map<string, FeaturePointSpec[]> {
  return new Map(
    layers.filter((l) => l.role === 'points').map((l) => [l.id, readFeaturePoints(dir, l.id, errors)]),
  );
}

/** What is wrong with the points: ids, dates, positions in the story's region, sources. */
export function verifyFeaturePoints(
  layerId: string,
  points: readonly FeaturePointSpec[],
  bbox: BBox,
): StoryError[] {
  const file = pointsInputFile(layerId);
  const errors: StoryError[] = [];
  const seen = new Set<string>();
  const [w, s, e, n] = bbox;
  for (const p of points) {
    const fail = (message: string) => errors.push({ file, item: p.id || '(no id)', message });
    if (!KEBAB.test(p.id)) fail('id must be lowercase kebab');
    if (seen.has(p.id)) fail('duplicate id');
    seen.add(p.id);
    if (!DATE.test(p.date) || Number.isNaN(Date.parse(`${p.date}T00:00:00Z`)))
      fail(`date "${p.date}" must be a real YYYY-MM-DD`);
    if (!(p.lng >= w && p.lng <= e && p.lat >= s && p.lat <= n))
      fail(`position ${p.lat}, ${p.lng} is outside the story's region (basemap.json bbox)`);
    if (p.sources.length === 0) fail('needs at least one source');
    for (const source of p.sources)
      for (const message of sourcePolicyProblems(source)) fail(`source policy (${source.label}): ${message}`);
  }
  if (points.length === 0)
    errors.push({ file, item: '(root)', message: '"points" must list at least one point' });
  return errors;
}

/** The layer's GeoJSON: each point with the words of its own popup. */
export function featurePointsGeojson(points: readonly FeaturePointSpec[]): FeaturePointCollection {
  return {
    type: 'FeatureCollection',
    features: points.map((p) => ({
      type: 'Feature',
      id: p.id,
      // Its own popup, in the shape every feature popup has (schema.ts FeaturePopup).
      properties: {
        id: p.id,
        title: p.title,
        date: p.date,
        text: p.text,
        sources: p.sources,
        popup: { title: p.title, date: p.date, lines: [p.text], sources: p.sources },
      },
      geometry: { type: 'Point', coordinates: [p.lng, p.lat] },
    })),
  };
}
