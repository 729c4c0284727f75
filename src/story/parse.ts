import type {
  ClaimedPlaceCollection,
  ClaimsFile,
  EvidenceFile,
  FactSource,
  FeaturePointCollection,
  FeaturePopup,
  FlightTrack,
  PlaceCollection,
  PlacePassages,
  RouteCollection,
  SourcesFile,
  TimelineFile,
} from '../../geo/schema.ts';

/**
 * The one place where generated files become typed values. The build already verified them;
 * these checks catch a truncated download or a file from another version, so that the app can
 * say which part it could not show instead of failing somewhere deep in a component.
 */
export class DataError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'DataError';
  }
}

type Json = unknown;

/** A JSON object (not null, not an array). */
export function isObject(v: Json): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isPosition(v: unknown): boolean {
  return (
    Array.isArray(v) &&
    v.length >= 2 &&
    typeof v[0] === 'number' &&
    typeof v[1] === 'number' &&
    Number.isFinite(v[0]) &&
    Number.isFinite(v[1])
  );
}

function checkGeometry(file: string, i: number, g: unknown, allowed: readonly string[]): void {
  if (!isObject(g) || typeof g.type !== 'string' || !allowed.includes(g.type)) {
    throw new DataError(file, `feature ${i} has no ${allowed.join(' or ')} geometry`);
  }
  const c = g.coordinates;
  const ok = g.type === 'Point' ? isPosition(c) : Array.isArray(c) && c.length > 0 && c.every(isPosition);
  if (!ok) throw new DataError(file, `feature ${i} has malformed coordinates`);
}

function featureCollection(
  file: string,
  v: Json,
  geometries: readonly string[],
  requiredProps: readonly string[],
): void {
  if (!isObject(v) || v.type !== 'FeatureCollection' || !Array.isArray(v.features)) {
    throw new DataError(file, 'not a GeoJSON FeatureCollection');
  }
  v.features.forEach((f: unknown, i: number) => {
    if (!isObject(f) || f.type !== 'Feature') throw new DataError(file, `feature ${i} is not a Feature`);
    checkGeometry(file, i, f.geometry, geometries);
    const p = f.properties;
    if (!isObject(p)) throw new DataError(file, `feature ${i} has no properties`);
    for (const key of requiredProps) {
      if (p[key] === undefined) throw new DataError(file, `feature ${i} lacks "${key}"`);
    }
  });
}

export function parsePlaces(v: Json): PlaceCollection {
  featureCollection('places.geojson', v, ['Point', 'LineString'], ['id', 'name', 'role', 'main']);
  const places = v as PlaceCollection;
  for (const f of places.features) keepWebUrl(f.properties.coordSource);
  return places;
}

/** A `route` layer: planned and flown segments. */
export function parseRoute(file: string, v: Json): RouteCollection {
  featureCollection(file, v, ['LineString'], ['id', 'kind', 'precision']);
  return v as RouteCollection;
}

/** A `claimed-places` layer: a ring on each place something was claimed about. */
export function parseClaimedPlaces(file: string, v: Json): ClaimedPlaceCollection {
  featureCollection(file, v, ['Point'], ['placeId', 'name']);
  return v as ClaimedPlaceCollection;
}

/** A `points` layer: each point carries its own popup's title, date, text and sources. */
export function parseFeaturePoints(file: string, v: Json): FeaturePointCollection {
  featureCollection(file, v, ['Point'], ['id', 'title', 'date', 'text']);
  return v as FeaturePointCollection;
}

export function parseSources(v: Json): SourcesFile {
  const file = 'sources.json';
  if (!isObject(v) || !Array.isArray(v.sources)) throw new DataError(file, 'no "sources" list');
  v.sources.forEach((s: unknown, i: number) => {
    if (!isObject(s) || typeof s.id !== 'string' || typeof s.headline !== 'string') {
      throw new DataError(file, `source ${i} lacks an id or headline`);
    }
  });
  return v as unknown as SourcesFile;
}

export function parsePlacePassages(placeId: string, v: Json): PlacePassages {
  const file = `passages/${placeId}.json`;
  if (!isObject(v) || v.placeId !== placeId || !Array.isArray(v.passages)) {
    throw new DataError(file, 'not a passage list for this place');
  }
  v.passages.forEach((p: unknown, i: number) => {
    if (
      !isObject(p) ||
      typeof p.text !== 'string' ||
      !Array.isArray(p.citations) ||
      p.citations.length === 0
    ) {
      throw new DataError(file, `passage ${i} lacks text or citations`);
    }
  });
  return v as unknown as PlacePassages;
}

/**
 * A fact's address becomes a link (`<a href>`), so only web addresses are kept: a `javascript:`,
 * `data:` or relative URL in a data file is dropped and its label stays as plain text.
 */
function keepWebUrl(source: unknown): void {
  if (!isObject(source) || source.url === undefined) return;
  let ok = false;
  try {
    const u = typeof source.url === 'string' ? new URL(source.url) : null;
    ok = u !== null && (u.protocol === 'https:' || u.protocol === 'http:');
  } catch {
    ok = false;
  }
  if (!ok) delete source.url;
}

export function parseTimeline(v: Json): TimelineFile {
  const file = 'timeline.json';
  if (!isObject(v) || !Array.isArray(v.events) || !isObject(v.flight)) throw new DataError(file, 'no events');
  v.events.forEach((e: unknown, i: number) => {
    if (
      !isObject(e) ||
      typeof e.time !== 'string' ||
      Number.isNaN(Date.parse(e.time)) ||
      typeof e.title !== 'string'
    ) {
      throw new DataError(file, `event ${i} lacks a valid time or title`);
    }
    if (Array.isArray(e.sources)) e.sources.forEach(keepWebUrl);
  });
  return v as unknown as TimelineFile;
}

export function parseTrack(v: Json): FlightTrack {
  const file = 'track.json';
  if (!isObject(v) || !Array.isArray(v.line) || v.line.length < 2 || !v.line.every(isPosition)) {
    throw new DataError(file, 'no flown line');
  }
  if (!Array.isArray(v.times) || v.times.length < 2) throw new DataError(file, 'fewer than two known times');
  return v as unknown as FlightTrack;
}

export function parseClaims(v: Json): ClaimsFile {
  const file = 'claims.json';
  if (!isObject(v) || !Array.isArray(v.claims)) throw new DataError(file, 'no "claims" list');
  v.claims.forEach((c: unknown, i: number) => {
    if (!isObject(c) || typeof c.label !== 'string' || !Array.isArray(c.cells)) {
      throw new DataError(file, `claim ${i} lacks a label or cells`);
    }
    if (Array.isArray(c.laterFindings))
      for (const f of c.laterFindings) if (isObject(f)) keepWebUrl(f.source);
  });
  return v as unknown as ClaimsFile;
}

export function parseEvidence(v: Json): EvidenceFile {
  const file = 'evidence.json';
  if (!isObject(v) || !Array.isArray(v.kinds) || !Array.isArray(v.stretches) || !isObject(v.altitude)) {
    throw new DataError(file, 'no kinds, stretches or altitude');
  }
  v.stretches.forEach((s: unknown, i: number) => {
    if (!isObject(s) || Number.isNaN(Date.parse(String(s.from))) || Number.isNaN(Date.parse(String(s.to)))) {
      throw new DataError(file, `stretch ${i} lacks valid times`);
    }
    if (Array.isArray(s.sources)) s.sources.forEach(keepWebUrl);
  });
  const readings = v.altitude.readings;
  if (!Array.isArray(readings)) throw new DataError(file, 'no altitude readings');
  for (const r of readings) if (isObject(r)) keepWebUrl(r.source);
  return v as unknown as EvidenceFile;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isInstant = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/**
 * A map feature's own popup (its `popup` property; MapLibre hands nested values back as JSON text),
 * or null when it has none or it is malformed: the click then opens nothing, rather than a broken
 * popup. Sources without a label are left out and addresses kept only if they are web addresses.
 */
export function parseFeaturePopup(v: unknown): FeaturePopup | null {
  let p: unknown = v;
  if (typeof v === 'string') {
    try {
      p = JSON.parse(v);
    } catch {
      return null;
    }
  }
  if (!isObject(p) || !isText(p.title) || !Array.isArray(p.lines)) return null;
  const sources = (Array.isArray(p.sources) ? p.sources : []).filter(
    (s): s is Record<string, unknown> & FactSource => isObject(s) && isText(s.label),
  );
  for (const s of sources) keepWebUrl(s);
  const popup: FeaturePopup = { title: p.title, lines: p.lines.filter(isText), sources };
  if (typeof p.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p.date)) popup.date = p.date;
  if (isInstant(p.from)) popup.from = p.from;
  if (isInstant(p.to)) popup.to = p.to;
  return popup;
}
