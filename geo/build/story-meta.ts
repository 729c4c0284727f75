import type { FactSource, StoryMeta } from '../schema.ts';
import { isObj, readJson, type Story } from './read-story.ts';
import { sourcePolicyProblems } from './source-policy.ts';
import type { StoryError } from './story-error.ts';
import { readStoryLayers } from './story-layers.ts';

export const STORY_META_FILE = 'story.json';

/** What backs a figure of the prose: one of these, checked by {@link verifyStoryMeta}. */
export interface Figure {
  /** The words of the prose it backs, as they appear there (e.g. "38 of the 67"). */
  text: string;
  quote?: { sourceId: string; text: string };
  /** A timeline event's id: its UTC date backs the figure's numbers. */
  event?: string;
  /** An article's id: its date backs the figure's numbers. */
  sourceDate?: string;
  /** A fact from outside the articles, with its source (reviewed by hand, like the timeline's). */
  source?: FactSource;
}

export interface StoryMetaSpec {
  meta: StoryMeta;
  figures: Figure[];
}

const TEXT_KEYS = [
  'title',
  'pageTitle',
  'description',
  'standfirst',
  'credits',
  'publisher',
  'mapLabel',
] as const;
const LEGEND_KEYS = ['place', 'context', 'placeLine'] as const;
const REPLAY_KEYS = ['idle', 'slider', 'track'] as const;
const CLAIMS_KEYS = ['title', 'rowHeader', 'laterColumn', 'caption'] as const;

/** Reads story.json; shape errors are named by key. The `label` of each time zone is filled in by verify. */
export function readStoryMeta(dir: string): { spec: StoryMetaSpec | null; errors: StoryError[] } {
  const errors: StoryError[] = [];
  const fail = (item: string, message: string) => errors.push({ file: STORY_META_FILE, item, message });
  const root = readJson(dir, STORY_META_FILE, errors);
  if (root === undefined) return { spec: null, errors };
  if (!isObj(root)) {
    fail('(root)', 'must be an object');
    return { spec: null, errors };
  }
  const str = (o: unknown, key: string, item: string): string => {
    const v = isObj(o) ? o[key] : undefined;
    if (typeof v === 'string' && v.trim() !== '') return v;
    fail(item, `"${key}" must be a non-empty string`);
    return '';
  };
  const strings = <K extends string>(key: string, keys: readonly K[]): Record<K, string> => {
    const o = root[key];
    if (!isObj(o)) fail(key, 'must be an object');
    return Object.fromEntries(keys.map((k) => [k, str(o, k, key)])) as Record<K, string>;
  };
  const text = Object.fromEntries(TEXT_KEYS.map((k) => [k, str(root, k, k)])) as Record<
    (typeof TEXT_KEYS)[number],
    string
  >;
  // The timeline's day and clocks, and the replay's words: only a story with a timeline has them
  // (verifyStoryMeta checks which), so a story of places and layers alone leaves them out.
  const dayObj = root.day;
  const day =
    dayObj === undefined
      ? undefined
      : { date: str(dayObj, 'date', 'day'), label: str(dayObj, 'label', 'day') };
  const zones = Array.isArray(root.timeZones) ? root.timeZones : [];
  if (root.timeZones !== undefined && zones.length === 0)
    fail('timeZones', 'must be a non-empty list of { placeId, timeZone }');
  const timeZones = zones.map((z, i) => ({
    placeId: str(z, 'placeId', `timeZones #${i}`),
    label: '',
    timeZone: str(z, 'timeZone', `timeZones #${i}`),
  }));
  const bounds = root.regionBounds;
  const regionBounds =
    Array.isArray(bounds) && bounds.length === 4 && bounds.every((n) => typeof n === 'number')
      ? (bounds as [number, number, number, number])
      : null;
  if (!regionBounds) fail('regionBounds', 'must be [west, south, east, north] in degrees');
  const figures: Figure[] = (Array.isArray(root.figures) ? root.figures : []).map((f, i) => {
    const item = `figures #${i}`;
    const figure: Figure = { text: str(f, 'text', item) };
    if (!isObj(f)) return figure;
    if (f.quote !== undefined)
      figure.quote = { sourceId: str(f.quote, 'sourceId', item), text: str(f.quote, 'text', item) };
    if (f.event !== undefined) figure.event = str(f, 'event', item);
    if (f.sourceDate !== undefined) figure.sourceDate = str(f, 'sourceDate', item);
    if (f.source !== undefined) {
      const optional = (key: keyof FactSource): Partial<FactSource> =>
        isObj(f.source) && f.source[key] !== undefined ? { [key]: str(f.source, key, item) } : {};
      figure.source = {
        label: str(f.source, 'label', item),
        ...optional('publisher'),
        ...optional('date'),
        ...optional('url'),
        ...optional('readVia'),
      };
    }
    const kinds = ['quote', 'event', 'sourceDate', 'source'].filter((k) => f[k] !== undefined);
    if (kinds.length !== 1) fail(item, 'needs exactly one of "quote", "event", "sourceDate", "source"');
    return figure;
  });
  const meta: StoryMeta = {
    ...text,
    ...(day ? { day } : {}),
    ...(root.timeZones !== undefined ? { timeZones } : {}),
    regionBounds: regionBounds ?? [-180, -85, 180, 85],
    // Filled in from the places by main.ts, once they are built.
    openingBounds: regionBounds ?? [-180, -85, 180, 85],
    layers: readStoryLayers(root.layers, fail),
    legend: strings('legend', LEGEND_KEYS),
    ...(root.replay !== undefined ? { replay: strings('replay', REPLAY_KEYS) } : {}),
    claims: strings('claims', CLAIMS_KEYS),
    // Filled in from detail-tiles.json by main.ts.
    detailTiles: null,
  };
  return { spec: errors.length > 0 ? null : { meta, figures }, errors };
}

/** Where each run of digits is in `text`: [start, end) pairs. */
function numberSpans(text: string): [number, number][] {
  return [...text.matchAll(/\d+/g)].map((m) => [m.index, m.index + m[0].length]);
}

/** Every occurrence of `needle` in `text`, as [start, end) pairs. */
function occurrences(text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(needle); needle !== '' && i !== -1; i = text.indexOf(needle, i + 1))
    out.push([i, i + needle.length]);
  return out;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks story.json against the story and returns the emitted metadata (time zones labelled with
 * their places' names). Errors name the key and what is wrong.
 */
export function verifyStoryMeta(
  spec: StoryMetaSpec,
  story: Story,
  /** The `points` layers whose data the story has (`<id>.json`). */
  pointLayers: ReadonlySet<string> = new Set(),
): { meta: StoryMeta; errors: StoryError[] } {
  const errors: StoryError[] = [];
  const fail = (item: string, message: string) => errors.push({ file: STORY_META_FILE, item, message });
  const { meta, figures } = spec;
  const places = new Map(story.places.map((p) => [p.id, p]));
  const sources = new Map(story.sources.map((s) => [s.id, s]));
  const events = new Map((story.timeline?.events ?? []).map((e) => [e.id, e]));

  // Every figure backs words that are in the prose, with numbers its evidence contains.
  const prose = {
    title: meta.title,
    pageTitle: meta.pageTitle,
    description: meta.description,
    standfirst: meta.standfirst,
  };
  figures.forEach((f, i) => {
    const item = `figures #${i} (“${f.text}”)`;
    if (!Object.values(prose).some((t) => t.includes(f.text)))
      fail(item, 'its text is not in the title, page title, description or standfirst');
    const numbers = f.text.match(/\d+/g) ?? [];
    let evidence: string | null = null;
    if (f.quote) {
      const article = story.articles.get(f.quote.sourceId);
      if (article === undefined) fail(item, `quote: unknown article "${f.quote.sourceId}"`);
      else if (!article.includes(f.quote.text))
        fail(item, `quote is not verbatim in article ${f.quote.sourceId}: “${f.quote.text}”`);
      else evidence = f.quote.text;
    } else if (f.event !== undefined) {
      const e = events.get(f.event);
      if (!e) fail(item, `unknown timeline event "${f.event}"`);
      else evidence = e.time.slice(0, 10);
    } else if (f.sourceDate !== undefined) {
      const s = sources.get(f.sourceDate);
      if (!s) fail(item, `unknown article "${f.sourceDate}"`);
      else evidence = s.date;
    } else if (f.source) {
      // The same source policy as every other fact: https at the publisher, a publisher and a date.
      for (const message of sourcePolicyProblems(f.source)) fail(item, `source policy: ${message}`);
    }
    if (evidence !== null) {
      const have = new Set((evidence.match(/\d+/g) ?? []).map(Number));
      for (const n of numbers)
        if (!have.has(Number(n))) fail(item, `the number ${n} is not in its evidence (“${evidence}”)`);
    }
  });
  for (const [key, text] of Object.entries(prose)) {
    const backed = figures.flatMap((f) => occurrences(text, f.text));
    for (const [start, end] of numberSpans(text)) {
      if (!backed.some(([s, e]) => s <= start && end <= e))
        fail(key, `the number “${text.slice(start, end)}” is backed by no figure (add one to "figures")`);
    }
  }

  // A story with a timeline has its day and clocks, and one with a flight its replay's words;
  // a story without has none of them to show.
  const flight = story.timeline?.flight ?? null;
  const needs = (key: 'day' | 'timeZones' | 'replay', wanted: boolean, why: string) => {
    if (wanted && meta[key] === undefined) fail(key, `is needed: ${why}`);
    if (!wanted && meta[key] !== undefined) fail(key, `has nothing to name: ${why}`);
  };
  needs('day', story.timeline !== null, 'the timeline (timeline.json) is of one day');
  needs('timeZones', story.timeline !== null, 'the timeline’s clocks');
  needs('replay', flight !== null, 'the replay is of the flight in timeline.json');
  // The day is the flight's day, and the clock's zones are places of the story.
  const flightDay = flight?.start.slice(0, 10);
  if (meta.day && flightDay && meta.day.date !== flightDay)
    fail('day', `date ${meta.day.date} is not the day of the flight in timeline.json (${flightDay})`);
  const [, , dd] = meta.day?.date.split('-') ?? [];
  if (
    meta.day &&
    (!meta.day.label.includes(String(Number(dd))) || !meta.day.label.includes(meta.day.date.slice(0, 4)))
  )
    fail('day', `label “${meta.day.label}” does not name the day ${meta.day.date}`);
  // Each layer is drawn from data this story has.
  for (const [i, layer] of meta.layers.entries()) {
    const item = `layers #${i} (${layer.id})`;
    if (layer.role === 'route' && (story.segments.length === 0 || flight === null))
      fail(item, 'a route layer needs route.json and a flight in timeline.json');
    if (layer.role === 'claimed-places' && story.drone === null)
      fail(item, 'a claimed-places layer needs drone-attacks.json');
    if (layer.role === 'points' && !pointLayers.has(layer.id))
      fail(item, `a points layer needs ${layer.id}.json`);
  }
  const timeZones = (meta.timeZones ?? []).map((z, i) => {
    const place = places.get(z.placeId);
    if (!place) fail(`timeZones #${i}`, `unknown place "${z.placeId}" (not in gazetteer.json)`);
    if (!isTimeZone(z.timeZone)) fail(`timeZones #${i}`, `unknown time zone "${z.timeZone}"`);
    return { ...z, label: place?.name ?? z.placeId };
  });
  const [w, s, e, n] = meta.regionBounds;
  if (!(w >= -180 && e <= 180 && w < e && s >= -85 && n <= 85 && s < n))
    fail('regionBounds', 'must be [west, south, east, north] with west < east, south < north, in range');
  return { meta: { ...meta, ...(meta.timeZones ? { timeZones } : {}) }, errors };
}
