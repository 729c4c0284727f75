/**
 * The permalink codec: URL hash <-> app state, as pure functions (no MapLibre, React or DOM).
 *
 * The hash format is a public interface; links in the wild depend on it:
 *
 *   #map=ZOOM/LAT/LNG[/BEARING[/PITCH]]&place=ID&layers=LAYER_ID,LAYER_ID&t=YYYY-MM-DDTHH:MM:SSZ&source=ID&passage=START-END&panel=claims&lang=LANG
 *
 * `map=` follows MapLibre's own `Hash` (maplibre-gl src/ui/hash.ts): zoom to 2 decimals, lat/lng to as many
 * decimals as the zoom can show, bearing to 1 decimal, pitch to whole degrees, bearing and pitch left out when
 * they are 0 (bearing stays when pitch is not 0). Parameters are written in the order above.
 *
 * Parsing rules, for any string:
 * - never throws; anything unknown, malformed or out of range is clamped or dropped, never kept;
 * - input is cut at {@link MAX_HASH_LENGTH} characters first; a leading `#`, `?` or `#?` is optional;
 * - parameters are split on `&`, then on the first `=`; a bare key (`layers`) counts as an empty value
 *   (`layers=`), because MapLibre's Hash rewrites `key=&` to `key&` when it edits a shared hash;
 * - keys are case-sensitive; when a key repeats, its first occurrence wins even if its value is invalid
 *   (as `URLSearchParams.get` does), so a link means one thing however it was pasted together;
 * - keys and values are percent-decoded; a malformed escape keeps the raw text (which then fails validation);
 * - untrusted keys only ever go into a `Map`, so `__proto__`, `constructor`… are just unknown keys.
 */

import type { StoryLayer } from '../../geo/schema.ts';
import { LANGS } from '../i18n/langs.ts';
import type { ViewState } from '../story/model.ts';

export type { ViewState };

/** What the codec knows of a layer: its key in `layers=` and whether it is shown by default. */
export type LayerKey = Pick<StoryLayer, 'id' | 'on'>;

export interface PermalinkState {
  /** undefined = the app's opening view */
  view?: ViewState;
  place?: string;
  /**
   * The layers the address lists as shown, in the story's order; undefined = each layer's
   * default (see {@link shownLayers}). Never equal to the defaults: then it is undefined.
   */
  layers?: readonly string[];
  /** canonical `YYYY-MM-DDTHH:MM:SSZ` */
  t?: string;
  source?: string;
  /** character offsets into `source`, start < end; only present with `source` */
  passage?: { start: number; end: number };
  /** a view over the map: the claims compared across the articles */
  panel?: Panel;
  /** the reader's language, when the link says it (else the page's, or the browser's) */
  lang?: string;
}

export type Panel = 'claims';
export const PANELS: readonly Panel[] = Object.freeze(['claims'] as const);

export interface PermalinkContext {
  placeIds: ReadonlySet<string>;
  /**
   * The story's layers (story.json), in order: `layers=` keeps only these, in this order. Required,
   * so no reader of an address can forget them and drop a link's layers.
   */
  layers: readonly LayerKey[];
  /** known article ids; when absent, the keys of `sourceLengths` are the known ids */
  sourceIds?: ReadonlySet<string>;
  /** article lengths, to clamp the end of a passage */
  sourceLengths?: ReadonlyMap<string, number>;
  /** instants outside the window are clamped into it */
  timeRange?: { min: string; max: string };
  /** the languages `lang=` may name; the explorer's own ({@link LANGS}) when absent */
  langs?: readonly string[];
}

/**
 * Which layers are shown, by id: those the address lists, or each layer's default.
 *
 * @example shownLayers(['ferries'], [{ id: 'ferries', on: true }, { id: 'quays', on: true }])
 * // → { ferries: true, quays: false }
 */
export function shownLayers(
  listed: readonly string[] | undefined,
  layers: readonly LayerKey[],
): Record<string, boolean> {
  return Object.fromEntries(layers.map((l) => [l.id, listed ? listed.includes(l.id) : l.on]));
}

/** The state's `layers` after one layer is shown or hidden: undefined again when back at the defaults. */
export function withLayer(
  listed: readonly string[] | undefined,
  layers: readonly LayerKey[],
  id: string,
  shown: boolean,
): readonly string[] | undefined {
  const next = { ...shownLayers(listed, layers), [id]: shown };
  return canonicalLayers(
    layers.filter((l) => next[l.id]).map((l) => l.id),
    layers,
  );
}

/** Longer input is cut before parsing: a real permalink is ~150 characters. */
export const MAX_HASH_LENGTH = 2000;

export const MIN_ZOOM = 0;
export const MAX_ZOOM = 22;
/** MapLibre's Web Mercator limit (MAX_VALID_LATITUDE), rounded up in the 5th decimal as the issue asks. */
export const MAX_LAT = 85.05113;
export const MAX_PITCH = 85;

/**
 * Reads a URL hash into a valid state. Never throws; see the module comment for the rules.
 *
 * @example
 * parsePermalink('#map=6/41.5/49.8&place=harbour&layers=ferries', {
 *   placeIds: new Set(['harbour']),
 *   layers: [{ id: 'ferries', on: true }, { id: 'quays', on: true }],
 * });
 * // → { view: { zoom: 6, lat: 41.5, lng: 49.8, bearing: 0, pitch: 0 }, place: 'harbour', layers: ['ferries'] }
 */
export function parsePermalink(hash: string, ctx: PermalinkContext): PermalinkState {
  const params = readParams(typeof hash === 'string' ? hash : '');
  const state: PermalinkState = {};
  const layers = parseLayers(params.get('layers'), ctx.layers);
  if (layers) state.layers = layers;

  const view = parseView(params.get('map'));
  if (view) state.view = view;

  const place = params.get('place');
  if (place !== undefined && ctx.placeIds.has(place)) state.place = place;

  const t = parseTime(params.get('t'), ctx.timeRange);
  if (t !== undefined) state.t = t;

  const source = params.get('source');
  if (source !== undefined && isKnownSource(source, ctx)) {
    state.source = source;
    const passage = parsePassage(params.get('passage'), ctx.sourceLengths?.get(source));
    if (passage) state.passage = passage;
  }

  const panel = params.get('panel');
  if (panel !== undefined && (PANELS as readonly string[]).includes(panel)) state.panel = panel as Panel;

  const lang = params.get('lang');
  if (lang !== undefined && (ctx.langs ?? LANGS).includes(lang)) state.lang = lang;
  return state;
}

/**
 * Writes a state as a URL hash, including the leading `#`; `''` when everything is at its default.
 * The view is rounded with {@link roundView}; ids are percent-encoded, so the result is URL-safe.
 *
 * @example
 * formatPermalink({ view: { zoom: 6, lat: 41.51234, lng: 49.8, bearing: 0, pitch: 30 },
 *   layers: ['ferries'], t: '2001-02-03T04:05:06Z' });
 * // → '#map=6/41.512/49.8/0/30&layers=ferries&t=2001-02-03T04:05:06Z'
 * formatPermalink({}); // → ''
 */
export function formatPermalink(state: PermalinkState): string {
  const parts: string[] = [];
  if (state.view) parts.push(`map=${formatView(roundView(state.view))}`);
  if (state.place !== undefined) parts.push(`place=${encodeValue(state.place)}`);
  if (state.layers) parts.push(`layers=${state.layers.map(encodeValue).join(',')}`);
  const t = state.t === undefined ? undefined : parseInstant(state.t);
  if (t !== undefined) parts.push(`t=${formatInstant(t)}`);
  if (state.source !== undefined) {
    parts.push(`source=${encodeValue(state.source)}`);
    const p = state.passage;
    if (p && isOffset(p.start) && isOffset(p.end) && p.start < p.end) {
      parts.push(`passage=${p.start}-${p.end}`);
    }
  }
  if (state.panel !== undefined && PANELS.includes(state.panel)) parts.push(`panel=${state.panel}`);
  if (state.lang !== undefined) parts.push(`lang=${encodeValue(state.lang)}`);
  return parts.length === 0 ? '' : `#${parts.join('&')}`;
}

/**
 * A link's hash over an address's: the link's parameters (`panel=claims`, `lang=en`), first, so
 * that however long the rest is they are read; then the address's others, as they are. What a link
 * made from the view it was rendered with means (linksFrom: the state, with a panel or a language
 * more), for a link rendered with no view: one prerendered, followed before the app has taken
 * over. Nothing is read against the story, so it can be used before the story's ids are known;
 * the address it makes is read, and rewritten in order, like any other.
 *
 * @example hashOver('#place=harbour&lang=ru', '#lang=en') // → '#lang=en&place=harbour'
 */
export function hashOver(hash: string, link: string): string {
  const own = paramParts(link);
  const keys = new Set(own.map(paramKey));
  // A passage belongs to its source: a link to another article leaves the address's passage too.
  if (keys.has('source')) keys.add('passage');
  const joined = [...own, ...paramParts(hash).filter((part) => !keys.has(paramKey(part)))].join('&');
  return joined === '' ? '' : `#${joined}`;
}

/**
 * Normalises and rounds a view exactly as {@link formatPermalink} writes it (and {@link parsePermalink}
 * reads it): zoom clamped to 0–22 and rounded to 2 decimals; lat clamped to ±85.05113 and lng wrapped into
 * [-180, 180), both rounded to the decimals the zoom can show (MapLibre's formula); bearing wrapped into
 * (-180, 180] (MapLibre's range) and rounded to 1 decimal; pitch clamped to 0–85 and rounded to a whole degree.
 * Non-finite numbers become 0; -0 becomes 0. Idempotent.
 *
 * @example
 * roundView({ zoom: 5.123, lat: 40.40931, lng: 229.86713, bearing: -180, pitch: 10.4 });
 * // → { zoom: 5.12, lat: 40.41, lng: -130.13, bearing: 180, pitch: 10 }
 */
export function roundView(view: ViewState): ViewState {
  const zoom = roundTo(clamp(finiteOrZero(view.zoom), MIN_ZOOM, MAX_ZOOM), 2);
  const digits = coordinateDigits(zoom);

  let lat = roundTo(clamp(finiteOrZero(view.lat), -MAX_LAT, MAX_LAT), digits);
  // Rounding can step past the limit (85.05113 → 85.1 at zoom 0): step back inside on the same grid.
  if (Math.abs(lat) > MAX_LAT) lat = (Math.sign(lat) * Math.floor(MAX_LAT * 10 ** digits)) / 10 ** digits;

  let lng = roundTo(wrapLng(finiteOrZero(view.lng)), digits);
  if (lng >= 180) lng -= 360;

  let bearing = roundTo(wrapBearing(finiteOrZero(view.bearing)), 1);
  if (bearing <= -180) bearing += 360;

  const pitch = roundTo(clamp(finiteOrZero(view.pitch), 0, MAX_PITCH), 0);
  return { zoom, lat, lng, bearing, pitch };
}

/**
 * Decimals of lat/lng worth keeping at a zoom: MapLibre's Hash, "512px * 2^z / 360° / 10^d < 0.5px"
 * (with Mercator's 360 degrees per world).
 */
export function coordinateDigits(zoom: number): number {
  return Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10);
}

/** The parameters' part of a hash, as far as it is read: no `#`, nor a `?` after it. */
function paramText(hash: string): string {
  let text = hash.slice(0, MAX_HASH_LENGTH);
  if (text.startsWith('#')) text = text.slice(1);
  if (text.startsWith('?')) text = text.slice(1);
  return text;
}

/** The hash's `key=value` parts, as far as it is read, empty ones left out. */
function paramParts(hash: string): string[] {
  return paramText(hash)
    .split('&')
    .filter((part) => part !== '');
}

/** A part's key, decoded (`%6Cang=ru` → `lang`); the whole part when it has no `=`. */
function paramKey(part: string): string {
  const eq = part.indexOf('=');
  return decode(eq === -1 ? part : part.slice(0, eq));
}

function readParams(hash: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of paramParts(hash)) {
    const key = paramKey(part);
    const eq = part.indexOf('=');
    if (!params.has(key)) params.set(key, eq === -1 ? '' : decode(part.slice(eq + 1)));
  }
  return params;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// Plain decimals only: `Number()` would also take '', ' 1', '0x10', '0b1' and 'Infinity'.
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function parseNumber(text: string | undefined): number | undefined {
  if (text === undefined || !DECIMAL.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

function parseView(text: string | undefined): ViewState | undefined {
  if (text === undefined) return undefined;
  const parts = text.split('/');
  const zoom = parseNumber(parts[0]);
  const lat = parseNumber(parts[1]);
  const lng = parseNumber(parts[2]);
  if (zoom === undefined || lat === undefined || lng === undefined) return undefined;
  // An unreadable bearing or pitch falls back to 0 rather than losing the whole view; parts past 5 are ignored.
  const bearing = parseNumber(parts[3]) ?? 0;
  const pitch = parseNumber(parts[4]) ?? 0;
  return roundView({ zoom, lat, lng, bearing, pitch });
}

function formatView(v: ViewState): string {
  const digits = coordinateDigits(v.zoom);
  let text = `${decimal(v.zoom, 2)}/${decimal(v.lat, digits)}/${decimal(v.lng, digits)}`;
  if (v.bearing !== 0 || v.pitch !== 0) text += `/${decimal(v.bearing, 1)}`;
  if (v.pitch !== 0) text += `/${decimal(v.pitch, 0)}`;
  return text;
}

/** Like `${n}` for an already-rounded number, but never in exponent form (1e-7 → '0.0000001'). */
function decimal(n: number, digits: number): string {
  const fixed = n.toFixed(digits);
  return digits > 0 ? fixed.replace(/\.?0+$/, '') : fixed;
}

function roundTo(n: number, digits: number): number {
  const m = 10 ** digits;
  return Math.round(n * m) / m + 0; // + 0 turns -0 into 0
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

function finiteOrZero(n: number): number {
  return Number.isFinite(n) ? n : 0;
}

// `%` is exact in floating point, and the ±360 steps are exact too (Sterbenz), so wrapping never drifts.
function wrapLng(n: number): number {
  const r = n % 360;
  if (r >= 180) return r - 360;
  if (r < -180) return r + 360;
  return r;
}

function wrapBearing(n: number): number {
  const r = n % 360;
  if (r > 180) return r - 360;
  if (r <= -180) return r + 360;
  return r;
}

function parseLayers(text: string | undefined, layers: readonly LayerKey[] = []): string[] | undefined {
  if (text === undefined) return undefined;
  // An explicit list shows exactly the known names in it: `layers=evil` shows nothing, like `layers=`.
  const listed = new Set(text.split(','));
  return canonicalLayers(
    layers.filter((l) => listed.has(l.id)).map((l) => l.id),
    layers,
  );
}

/** A list of shown layers as the address writes it: undefined when it is just the defaults. */
function canonicalLayers(shown: string[], layers: readonly LayerKey[]): string[] | undefined {
  const defaults = layers.filter((l) => l.on).map((l) => l.id);
  return shown.length === defaults.length && shown.every((id, i) => id === defaults[i]) ? undefined : shown;
}

const INSTANT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.\d+)?Z$/;

/** Epoch milliseconds of `YYYY-MM-DDTHH:MM:SS[.fff]Z`, fraction dropped; undefined if not a real instant. */
function parseInstant(text: string): number | undefined {
  const match = INSTANT.exec(text);
  if (!match) return undefined;
  const canonical = `${match[1]}Z`;
  const ms = Date.parse(canonical);
  // Date.parse rolls 2024-02-30 over to March and takes 24:00:00; the round trip rejects both.
  return Number.isFinite(ms) && formatInstant(ms) === canonical ? ms : undefined;
}

/**
 * The one format of the permalink's `t`: an instant to the nearest second, `YYYY-MM-DDTHH:MM:SSZ`.
 *
 * @example formatInstant(Date.UTC(2001, 1, 3, 4, 5, 6, 600)); // → '2001-02-03T04:05:07Z'
 */
export function formatInstant(ms: number): string {
  return `${new Date(Math.round(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`;
}

function parseTime(text: string | undefined, range: PermalinkContext['timeRange']): string | undefined {
  if (text === undefined) return undefined;
  let ms = parseInstant(text);
  if (ms === undefined) return undefined;
  const min = range && parseInstant(range.min);
  const max = range && parseInstant(range.max);
  if (min !== undefined && max !== undefined && min > max) return formatInstant(ms);
  if (min !== undefined) ms = Math.max(ms, min);
  if (max !== undefined) ms = Math.min(ms, max);
  return formatInstant(ms);
}

function isKnownSource(id: string, ctx: PermalinkContext): boolean {
  return ctx.sourceIds ? ctx.sourceIds.has(id) : (ctx.sourceLengths?.has(id) ?? false);
}

const PASSAGE = /^(\d+)-(\d+)$/;

function parsePassage(text: string | undefined, length: number | undefined): PermalinkState['passage'] {
  const match = text === undefined ? null : PASSAGE.exec(text);
  if (!match) return undefined;
  const start = Number(match[1]);
  let end = Number(match[2]);
  if (!isOffset(start) || !isOffset(end)) return undefined;
  if (length !== undefined && Number.isFinite(length)) end = Math.min(end, Math.max(0, Math.floor(length)));
  return start < end ? { start, end } : undefined;
}

function isOffset(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

/**
 * encodeURIComponent, plus the few characters it leaves alone that are unsafe to paste (`'` breaks out of
 * quoted HTML attributes); lone surrogates, which it cannot encode, become U+FFFD instead of throwing.
 */
function encodeValue(text: string): string {
  return encodeURIComponent(text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD')).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
