import type { FeatureCollection } from 'geojson';
import type {
  ClaimsFile,
  EvidenceFile,
  FlightTrack,
  LayerRole,
  PlaceCollection,
  PlacePassages,
  SourceMeta,
  SourcesFile,
  StoryLayer,
  TimelineFile,
} from '../../geo/schema.ts';
import { dataUrl } from './data-url.ts';
import type { Part } from './model.ts';
import {
  DataError,
  isObject,
  parseClaimedPlaces,
  parseClaims,
  parseEvidence,
  parseFeaturePoints,
  parsePlacePassages,
  parsePlaces,
  parseRoute,
  parseSources,
  parseTimeline,
  parseTrack,
} from './parse.ts';

export type { Part };

/** What the first view needs: the places (list and map) and the articles' metadata (citations). */
export interface FirstView {
  places: Part<PlaceCollection>;
  sources: Part<SourcesFile>;
}

/**
 * The story's layers as data, by layer id, for the panels (legend, what failed). The map loads
 * these files itself, off the main thread; the app asks for them only once the map has drawn.
 */
export type Layers = Record<string, Part<FeatureCollection>>;

/** How each role's data file is read (and checked) as the panels use it. */
const LAYER_PARSERS: Record<LayerRole, (file: string, v: unknown) => FeatureCollection> = {
  route: parseRoute,
  'claimed-places': parseClaimedPlaces,
  points: parseFeaturePoints,
};

async function fetchJson(path: string): Promise<unknown> {
  const res = await fetch(dataUrl(path));
  if (!res.ok) throw new DataError(path, `HTTP ${res.status}`);
  try {
    return await res.json();
  } catch {
    throw new DataError(path, 'not valid JSON (truncated or corrupted)');
  }
}

async function part<T>(path: string, parse: (v: unknown) => T): Promise<Part<T>> {
  try {
    return { ok: true, value: parse(await fetchJson(path)) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

export function loadPlaces(): Promise<Part<PlaceCollection>> {
  return part('places.geojson', parsePlaces);
}

export async function loadFirstView(
  places: Promise<Part<PlaceCollection>> = loadPlaces(),
): Promise<FirstView> {
  const [p, sources] = await Promise.all([places, part('sources.json', parseSources)]);
  return { places: p, sources };
}

export async function loadLayers(layers: readonly StoryLayer[]): Promise<Layers> {
  const parts = await Promise.all(layers.map((l) => part(l.data, (v) => LAYER_PARSERS[l.role](l.data, v))));
  return Object.fromEntries(layers.map((l, i) => [l.id, parts[i] as Part<FeatureCollection>]));
}

const passageCache = new Map<string, Promise<PlacePassages>>();

/**
 * Passages load per place, on demand, and are cached: a popup never pays for the whole story's
 * quotes (which matters at 100× the story's size).
 */
export function loadPassages(placeId: string): Promise<PlacePassages> {
  let p = passageCache.get(placeId);
  if (!p) {
    p = fetchJson(`passages/${encodeURIComponent(placeId)}.json`).then((v) => parsePlacePassages(placeId, v));
    p.catch(() => passageCache.delete(placeId));
    passageCache.set(placeId, p);
  }
  return p;
}

/** The timeline, the flown track and its evidence: not needed for the first paint, loaded after it. */
export function loadReplay(): Promise<[Part<TimelineFile>, Part<FlightTrack>, Part<EvidenceFile>]> {
  return Promise.all([
    part('timeline.json', parseTimeline),
    part('track.json', parseTrack),
    part('evidence.json', parseEvidence),
  ]);
}

export function loadClaims(): Promise<Part<ClaimsFile>> {
  return part('claims.json', parseClaims);
}

const articleCache = new Map<string, Promise<string>>();

/** An article's full text, byte-for-byte as the build verified it. */
export function loadArticle(source: SourceMeta): Promise<string> {
  let p = articleCache.get(source.id);
  if (!p) {
    p = fetch(dataUrl(`articles/${encodeURIComponent(source.file)}`)).then((res) => {
      if (!res.ok) throw new DataError(`articles/${source.file}`, `HTTP ${res.status}`);
      return res.text();
    });
    p.catch(() => articleCache.delete(source.id));
    articleCache.set(source.id, p);
  }
  return p;
}

/** One file of "Download the data" (data/download/index.json, written by npm run geo). */
export interface DownloadEntry {
  name: string;
  description: string;
  bytes: number;
}

/** The list of downloadable files; loaded when the reader opens "Download the data". */
export function loadDownloadIndex(): Promise<Part<DownloadEntry[]>> {
  return part('download/index.json', (v) => {
    const files = isObject(v) && Array.isArray(v.files) ? v.files : null;
    if (
      !files?.every(
        (f) =>
          isObject(f) &&
          typeof f.name === 'string' &&
          /^[\w.-]+$/.test(f.name) &&
          typeof f.description === 'string' &&
          typeof f.bytes === 'number',
      )
    )
      throw new DataError('download/index.json', 'not a list of files');
    return files as DownloadEntry[];
  });
}
