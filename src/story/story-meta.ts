import type { StoryMeta } from '../../geo/schema.ts';
import { isObject } from './parse.ts';

/**
 * The story's own words (title, standfirst, labels, time zones), embedded in index.html at build
 * time as JSON in `<meta name="story-meta">` (geo/build/index-html.ts) and read here once,
 * synchronously: they are in the first paint and there even when every data file fails.
 */
export const STORY_META_NAME = 'story-meta';

/** Neutral words for when the page carries no story (a build without data): nothing of any story. */
export const FALLBACK_META: StoryMeta = {
  title: 'A source-grounded map',
  pageTitle: 'A source-grounded map',
  description: '',
  standfirst: '',
  credits: '',
  publisher: '',
  mapLabel: 'Map',
  regionBounds: [-180, -85, 180, 85],
  openingBounds: [-180, -85, 180, 85],
  layers: [],
  legend: { place: 'A place in the story', context: 'Context', placeLine: 'A place drawn as a line' },
  detailTiles: null,
  claims: {
    title: 'What each article claims',
    rowHeader: 'Claim',
    laterColumn: 'Later findings',
    caption: 'Claims (rows) in the articles (columns)',
  },
};

/** Every key of `shape` that is a string there must be a string here, recursively. */
function sameShape(v: unknown, shape: unknown): boolean {
  if (typeof shape === 'string') return typeof v === 'string';
  if (typeof shape === 'number') return typeof v === 'number' && Number.isFinite(v);
  if (Array.isArray(shape)) return Array.isArray(v);
  // Checked on its own (detailTiles: null, or a box and zooms).
  if (shape === null) return true;
  if (isObject(shape)) return isObject(v) && Object.keys(shape).every((k) => sameShape(v[k], shape[k]));
  return false;
}

function isTimeZones(v: unknown): v is StoryMeta['timeZones'] {
  return (
    Array.isArray(v) &&
    v.every((z) => isObject(z) && typeof z.label === 'string' && typeof z.timeZone === 'string')
  );
}

const LAYER_SHAPE = { id: '', role: '', data: '', toggle: '', part: '', legend: [] };
const CLICKS: readonly unknown[] = ['place', 'feature', 'nothing'];

/** Each layer as the registry draws it (the build checked the words; this checks the page's copy). */
function isLayers(v: unknown): v is StoryMeta['layers'] {
  return (
    Array.isArray(v) &&
    v.every(
      (l) =>
        sameShape(l, LAYER_SHAPE) &&
        isObject(l) &&
        typeof l.on === 'boolean' &&
        CLICKS.includes(l.click) &&
        (l.legend as unknown[]).every(
          (e) => isObject(e) && typeof e.id === 'string' && typeof e.text === 'string',
        ),
    )
  );
}

/** The three optional parts: absent, or whole. */
const optional = (v: unknown, check: (v: unknown) => boolean) => v === undefined || check(v);

/** [west, south, east, north] in degrees: the map is created with it before any data arrives. */
function isBounds(v: unknown): v is [number, number, number, number] {
  if (!Array.isArray(v) || v.length !== 4 || !v.every((x) => typeof x === 'number' && Number.isFinite(x)))
    return false;
  const [w = 0, s = 0, e = 0, n = 0] = v as number[];
  return w >= -180 && e <= 180 && w <= e && s >= -90 && n <= 90 && s <= n;
}

/** Parses the embedded JSON; `null` with a reason when it is missing or not a story's words. */
export function parseStoryMeta(json: string | null | undefined): { meta: StoryMeta; problem: string | null } {
  if (!json) return { meta: FALLBACK_META, problem: 'the page carries no story title or labels' };
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return { meta: FALLBACK_META, problem: 'the story’s title and labels are not valid JSON' };
  }
  if (
    !sameShape(v, FALLBACK_META) ||
    !isObject(v) ||
    !optional(v.timeZones, isTimeZones) ||
    !optional(v.day, (d) => sameShape(d, { date: '', label: '' })) ||
    !optional(v.replay, (r) => sameShape(r, { idle: '', slider: '', track: '' })) ||
    !isLayers(v.layers) ||
    !(
      v.detailTiles === null || sameShape(v.detailTiles, { bbox: [], minZoom: 0, maxZoom: 0, landLayer: '' })
    ) ||
    !isBounds(v.regionBounds) ||
    !isBounds(v.openingBounds) ||
    !optional(v.openingLabels, (l) => sameShape(l, { west: '', east: '' }))
  )
    return { meta: FALLBACK_META, problem: 'the story’s title and labels are incomplete' };
  return { meta: v as unknown as StoryMeta, problem: null };
}

/** The story's words as the page carries them. */
export function readStoryMeta(doc: Document = document): { meta: StoryMeta; problem: string | null } {
  return parseStoryMeta(doc.querySelector(`meta[name="${STORY_META_NAME}"]`)?.getAttribute('content'));
}
