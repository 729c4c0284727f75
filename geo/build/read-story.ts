/**
 * Reads a story directory (the hand-authored files) into typed values. Shape problems become named
 * errors; meaning (ids that exist, coordinates in range, quotes that match) is checked in verify.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  ClaimCell,
  FactSource,
  LaterFinding,
  PlaceRole,
  Precision,
  SourceMeta,
  TimelineEvent,
  TimelineFile,
} from '../schema.ts';
import type { BasemapConfig, BasemapLabel } from './basemap.ts';
import type { StoryError } from './story-error.ts';

export interface LatLng {
  lat: number;
  lng: number;
}

export interface GazetteerPlace {
  id: string;
  name: string;
  /** Matched in the articles (whole words, case-sensitive), together with the name. */
  aliases: string[];
  /** Names deliberately not matched (a country is not its capital); kept to document and test that. */
  notAliases: string[];
  main: boolean;
  role: PlaceRole;
  point?: LatLng;
  track?: { fromWaypoint: string; toWaypoint: string };
  precision: Precision;
  precisionNote?: string;
  coordSource: FactSource;
  summary: string;
  /** Set only when no article names the place; the build fails if it is set and passages exist. */
  noPassagesReason?: string;
}

/** A point prose may measure from or to (a city centre, an air base) that is not drawn on the map. */
export interface ReferencePoint extends LatLng {
  id: string;
  name: string;
  source: FactSource;
}

export interface Waypoint extends LatLng {
  id: string;
  label: string;
  placeId?: string;
  time?: string;
  /** The time is an estimate ("~04:50"); `precision` is about the position. */
  timeApproximate?: boolean;
  timeNote?: string;
  precision: Precision;
  source: FactSource;
  note?: string;
}

export interface SegmentSpec {
  id: string;
  kind: 'planned' | 'flown';
  waypoints: string[];
  shape: 'great-circle' | 'loop';
  turns?: number;
  direction?: 'clockwise' | 'counter-clockwise';
  precision: Precision;
  source: FactSource;
  note?: string;
}

export interface DroneEvidence {
  sourceId: string;
  quote: string;
}

export interface DroneSpec {
  claimedBy: string;
  placeIds: string[];
  /** Where a place's ring sits when not on the place's point: a reference point id (a city centre). */
  ringAt?: Record<string, string>;
  evidence: DroneEvidence[];
}

/** A timeline event as authored: the output shape plus the route waypoint it happened at, if any. */
export interface TimelineEventSpec extends TimelineEvent {
  /** The build checks the event and the waypoint give the same time, so replay and timeline agree. */
  waypointId?: string;
}

export interface TimelineSpec {
  flight: TimelineFile['flight'];
  events: TimelineEventSpec[];
}

/** A verbatim span, found in the article at build time; `occurrence` (1-based) picks one of repeats. */
export interface QuoteSpec {
  text: string;
  occurrence?: number;
}

export interface ClaimCellSpec extends Pick<ClaimCell, 'sourceId' | 'status' | 'gist' | 'flagged'> {
  quotes: QuoteSpec[];
}

export interface ClaimSpec {
  id: string;
  label: string;
  cells: ClaimCellSpec[];
  disagreement?: string;
  note?: string;
  laterFindings?: LaterFinding[];
}

export interface Story {
  sources: SourceMeta[];
  /** Article text by source id, exactly as stored. */
  articles: Map<string, string>;
  /** Article bytes by source id, copied as-is. */
  articleBytes: Map<string, Buffer>;
  places: GazetteerPlace[];
  referencePoints: ReferencePoint[];
  waypoints: Waypoint[];
  segments: SegmentSpec[];
  /** The claimed places (drone-attacks.json); null when the story has no such layer. */
  drone: DroneSpec | null;
  basemap: BasemapConfig;
  /** The timeline (timeline.json); null for a story told by places and layers alone. */
  timeline: TimelineSpec | null;
  claims: ClaimSpec[];
}

/**
 * Files a story may leave out: one with no flight has no route, timeline or claimed places (its
 * layers say what it draws instead; story-meta.ts checks each layer has its data).
 */
export const OPTIONAL_FILES: ReadonlySet<string> = new Set([
  'route.json',
  'drone-attacks.json',
  'timeline.json',
]);

export const STORY_FILES = {
  sources: 'sources/sources.json',
  gazetteer: 'gazetteer.json',
  route: 'route.json',
  drone: 'drone-attacks.json',
  basemap: 'basemap.json',
  timeline: 'timeline.json',
  claims: 'claims.json',
} as const;

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads fields of one JSON object, recording a named error for each missing or mistyped one. */
export class Fields {
  constructor(
    private readonly errors: StoryError[],
    private readonly file: string,
    private readonly item: string,
    private readonly obj: Obj,
  ) {}

  fail(key: string, want: string): void {
    this.errors.push({ file: this.file, item: this.item, message: `"${key}" must be ${want}` });
  }

  str(key: string): string {
    const v = this.obj[key];
    if (typeof v === 'string' && v !== '') return v;
    this.fail(key, 'a non-empty string');
    return '';
  }

  optStr(key: string): string | undefined {
    return this.obj[key] === undefined ? undefined : this.str(key);
  }

  num(key: string): number {
    const v = this.obj[key];
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    this.fail(key, 'a finite number');
    return Number.NaN;
  }

  bool(key: string): boolean {
    const v = this.obj[key];
    if (typeof v === 'boolean') return v;
    this.fail(key, 'true or false');
    return false;
  }

  optBool(key: string): boolean | undefined {
    return this.obj[key] === undefined ? undefined : this.bool(key);
  }

  strs(key: string): string[] {
    const v = this.obj[key];
    if (Array.isArray(v) && v.every((s) => typeof s === 'string' && s !== '')) return v as string[];
    this.fail(key, 'a list of non-empty strings');
    return [];
  }

  oneOf<T extends string>(key: string, options: readonly T[]): T {
    const v = this.obj[key];
    if (typeof v === 'string' && (options as readonly string[]).includes(v)) return v as T;
    this.fail(key, `one of ${options.join(', ')}`);
    return options[0] as T;
  }

  obj_(key: string): Fields | undefined {
    const v = this.obj[key];
    if (v === undefined) return undefined;
    if (isObj(v)) return new Fields(this.errors, this.file, this.item, v);
    this.fail(key, 'an object');
    return undefined;
  }

  /** A list of objects, each read by `read`; absent is an empty list. */
  objs<T>(key: string, read: (f: Fields, i: number) => T): T[] {
    const v = this.obj[key];
    if (v === undefined) return [];
    if (Array.isArray(v) && v.every(isObj)) {
      return v.map((o, i) => read(new Fields(this.errors, this.file, this.item, o), i));
    }
    this.fail(key, 'a list of objects');
    return [];
  }

  /** The raw value, for fields that may take more than one shape. */
  raw(key: string): unknown {
    return this.obj[key];
  }

  source(key: string): FactSource {
    const f = this.obj_(key);
    if (!f) {
      this.fail(key, 'an object with a label');
      return { label: '' };
    }
    return f.asSource();
  }

  asSource(): FactSource {
    const source: FactSource = { label: this.str('label') };
    for (const key of ['publisher', 'date', 'url', 'readVia'] as const) {
      const v = this.optStr(key);
      if (v !== undefined) source[key] = v;
    }
    const derived = this.optBool('derived');
    if (derived !== undefined) source.derived = derived;
    return source;
  }
}

/** Parses one JSON file of a story directory; a missing or malformed file is a named error. */
export function readJson(dir: string, file: string, errors: StoryError[]): unknown {
  try {
    return JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (e) {
    errors.push({ file, item: '(file)', message: e instanceof Error ? e.message : String(e) });
    return undefined;
  }
}

export function list(root: unknown, key: string, file: string, errors: StoryError[]): Obj[] {
  const v = isObj(root) ? root[key] : undefined;
  if (Array.isArray(v) && v.every(isObj)) return v;
  errors.push({ file, item: '(root)', message: `"${key}" must be a list of objects` });
  return [];
}

export const itemName = (o: Obj, i: number): string => (typeof o.id === 'string' ? o.id : `#${i}`);
const PRECISIONS = ['exact', 'approximate'] as const;
const ROLES = ['airport', 'city', 'drone-attack-target', 'route-segment', 'crash-site'] as const;

function readSources(
  dir: string,
  errors: StoryError[],
): Pick<Story, 'sources' | 'articles' | 'articleBytes'> {
  const file = STORY_FILES.sources;
  const sources: SourceMeta[] = [];
  const articles = new Map<string, string>();
  const articleBytes = new Map<string, Buffer>();
  list(readJson(dir, file, errors), 'sources', file, errors).forEach((o, i) => {
    const f = new Fields(errors, file, itemName(o, i), o);
    const meta: SourceMeta = {
      id: f.str('id'),
      file: f.str('file'),
      headline: f.str('headline'),
      date: f.str('date'),
    };
    for (const key of ['headlineNote', 'dateNote', 'byline', 'outlet'] as const) {
      const v = f.optStr(key);
      if (v !== undefined) meta[key] = v;
    }
    sources.push(meta);
    if (!/^[\w.-]+$/.test(meta.file)) return;
    try {
      const bytes = readFileSync(join(dir, 'sources', meta.file));
      articleBytes.set(meta.id, bytes);
      articles.set(meta.id, bytes.toString('utf8'));
    } catch {
      errors.push({ file, item: meta.id, message: `article file sources/${meta.file} cannot be read` });
    }
  });
  return { sources, articles, articleBytes };
}

function readPlaces(dir: string, errors: StoryError[]): GazetteerPlace[] {
  const file = STORY_FILES.gazetteer;
  return list(readJson(dir, file, errors), 'places', file, errors).map((o, i) => {
    const f = new Fields(errors, file, itemName(o, i), o);
    const place: GazetteerPlace = {
      id: f.str('id'),
      name: f.str('name'),
      aliases: f.strs('aliases'),
      notAliases: f.strs('notAliases'),
      main: f.bool('main'),
      role: f.oneOf('role', ROLES),
      precision: f.oneOf('precision', PRECISIONS),
      coordSource: f.source('coordSource'),
      summary: f.str('summary'),
    };
    const point = f.obj_('point');
    if (point) place.point = { lat: point.num('lat'), lng: point.num('lng') };
    const track = f.obj_('track');
    if (track) place.track = { fromWaypoint: track.str('fromWaypoint'), toWaypoint: track.str('toWaypoint') };
    const precisionNote = f.optStr('precisionNote');
    if (precisionNote !== undefined) place.precisionNote = precisionNote;
    const reason = f.optStr('noPassagesReason');
    if (reason !== undefined) place.noPassagesReason = reason;
    return place;
  });
}

function readReferencePoints(dir: string, errors: StoryError[]): ReferencePoint[] {
  const file = STORY_FILES.gazetteer;
  const root = readJson(dir, file, errors);
  if (isObj(root) && root.referencePoints === undefined) return [];
  return list(root, 'referencePoints', file, errors).map((o, i): ReferencePoint => {
    const f = new Fields(errors, file, `reference point ${itemName(o, i)}`, o);
    const point = f.obj_('point');
    return {
      id: f.str('id'),
      name: f.str('name'),
      lat: point?.num('lat') ?? Number.NaN,
      lng: point?.num('lng') ?? Number.NaN,
      source: f.source('source'),
    };
  });
}

function readRoute(dir: string, errors: StoryError[]): Pick<Story, 'waypoints' | 'segments'> {
  const file = STORY_FILES.route;
  if (!existsSync(join(dir, file))) return { waypoints: [], segments: [] };
  const root = readJson(dir, file, errors);
  const waypoints = list(root, 'waypoints', file, errors).map((o, i): Waypoint => {
    const f = new Fields(errors, file, `waypoint ${itemName(o, i)}`, o);
    const w: Waypoint = {
      id: f.str('id'),
      label: f.str('label'),
      lat: f.num('lat'),
      lng: f.num('lng'),
      precision: f.oneOf('precision', PRECISIONS),
      source: f.source('source'),
    };
    for (const key of ['placeId', 'time', 'timeNote', 'note'] as const) {
      const v = f.optStr(key);
      if (v !== undefined) w[key] = v;
    }
    const timeApproximate = f.optBool('timeApproximate');
    if (timeApproximate !== undefined) w.timeApproximate = timeApproximate;
    return w;
  });
  const segments = list(root, 'segments', file, errors).map((o, i): SegmentSpec => {
    const f = new Fields(errors, file, `segment ${itemName(o, i)}`, o);
    const s: SegmentSpec = {
      id: f.str('id'),
      kind: f.oneOf('kind', ['planned', 'flown'] as const),
      waypoints: f.strs('waypoints'),
      shape: f.oneOf('shape', ['great-circle', 'loop'] as const),
      precision: f.oneOf('precision', PRECISIONS),
      source: f.source('source'),
    };
    if (s.shape === 'loop') {
      s.turns = f.num('turns');
      s.direction = f.oneOf('direction', ['clockwise', 'counter-clockwise'] as const);
    }
    const note = f.optStr('note');
    if (note !== undefined) s.note = note;
    return s;
  });
  return { waypoints, segments };
}

function readDrone(dir: string, errors: StoryError[]): DroneSpec | null {
  const file = STORY_FILES.drone;
  if (!existsSync(join(dir, file))) return null;
  const root = readJson(dir, file, errors);
  const f = new Fields(errors, file, '(root)', isObj(root) ? root : {});
  const evidence = list(root, 'evidence', file, errors).map((o, i): DroneEvidence => {
    const e = new Fields(errors, file, `evidence #${i + 1}`, o);
    return { sourceId: e.str('sourceId'), quote: e.str('quote') };
  });
  const spec: DroneSpec = { claimedBy: f.str('claimedBy'), placeIds: f.strs('placeIds'), evidence };
  const ringAt = isObj(root) ? root.ringAt : undefined;
  if (ringAt !== undefined) {
    if (isObj(ringAt) && Object.values(ringAt).every((v) => typeof v === 'string'))
      spec.ringAt = ringAt as Record<string, string>;
    else f.fail('ringAt', 'an object of place id → reference point id');
  }
  return spec;
}

function readBasemap(dir: string, errors: StoryError[]): BasemapConfig {
  const file = STORY_FILES.basemap;
  const root = readJson(dir, file, errors);
  const f = new Fields(errors, file, '(root)', isObj(root) ? root : {});
  const bboxRaw = isObj(root) ? root.bbox : undefined;
  let bbox: BasemapConfig['bbox'] = [0, 0, 0, 0];
  const nums =
    Array.isArray(bboxRaw) && bboxRaw.length === 4
      ? bboxRaw.filter((n): n is number => typeof n === 'number')
      : [];
  const [w, s, e, n] = nums;
  if (nums.length === 4 && w !== undefined && s !== undefined && e !== undefined && n !== undefined) {
    bbox = [w, s, e, n];
  } else errors.push({ file, item: 'bbox', message: 'must be [west, south, east, north]' });
  const labels = list(root, 'labels', file, errors).map((o, i): BasemapLabel => {
    const l = new Fields(errors, file, `label ${typeof o.name === 'string' ? o.name : `#${i}`}`, o);
    return {
      name: l.str('name'),
      kind: l.oneOf('kind', ['country', 'sea'] as const),
      lng: l.num('lng'),
      lat: l.num('lat'),
    };
  });
  return { bbox, simplifyTolerance: f.num('simplifyTolerance'), decimals: f.num('decimals'), labels };
}

function readTimeline(dir: string, errors: StoryError[]): TimelineSpec | null {
  const file = STORY_FILES.timeline;
  if (!existsSync(join(dir, file))) return null;
  const root = readJson(dir, file, errors);
  const f = new Fields(errors, file, 'flight', isObj(root) ? root : {});
  const flightFields = f.obj_('flight');
  if (!flightFields) f.fail('flight', 'an object with start and end');
  const flight = { start: flightFields?.str('start') ?? '', end: flightFields?.str('end') ?? '' };
  const events = list(root, 'events', file, errors).map((o, i): TimelineEventSpec => {
    const e = new Fields(errors, file, itemName(o, i), o);
    const event: TimelineEventSpec = {
      id: e.str('id'),
      time: e.str('time'),
      approximate: e.bool('approximate'),
      phase: e.oneOf('phase', ['flight', 'after'] as const),
      title: e.str('title'),
      accordingTo: e.str('accordingTo'),
      sources: e.objs('sources', (s) => s.asSource()),
    };
    for (const key of ['timeNote', 'detail', 'placeId', 'waypointId'] as const) {
      const v = e.optStr(key);
      if (v !== undefined) event[key] = v;
    }
    return event;
  });
  return { flight, events };
}

function readQuotes(f: Fields, key: string): QuoteSpec[] {
  const v = f.raw(key);
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    f.fail(key, 'a list of quotes (strings, or { "text", "occurrence" })');
    return [];
  }
  return v.map((q, i): QuoteSpec => {
    if (typeof q === 'string' && q !== '') return { text: q };
    if (isObj(q) && typeof q.text === 'string' && q.text !== '') {
      if (q.occurrence === undefined) return { text: q.text };
      if (typeof q.occurrence === 'number') return { text: q.text, occurrence: q.occurrence };
    }
    f.fail(`${key}[${i}]`, 'a non-empty string, or { "text": string, "occurrence": number }');
    return { text: '' };
  });
}

function readClaims(dir: string, errors: StoryError[]): ClaimSpec[] {
  const file = STORY_FILES.claims;
  return list(readJson(dir, file, errors), 'claims', file, errors).map((o, i): ClaimSpec => {
    const f = new Fields(errors, file, itemName(o, i), o);
    const claim: ClaimSpec = {
      id: f.str('id'),
      label: f.str('label'),
      cells: f.objs('cells', (c) => {
        const cell: ClaimCellSpec = {
          sourceId: c.str('sourceId'),
          status: c.oneOf('status', ['stated', 'silent'] as const),
          quotes: readQuotes(c, 'quotes'),
        };
        const gist = c.optStr('gist');
        if (gist !== undefined) cell.gist = gist;
        const flagged = c.optBool('flagged');
        if (flagged !== undefined) cell.flagged = flagged;
        return cell;
      }),
    };
    const disagreement = f.optStr('disagreement');
    if (disagreement !== undefined) claim.disagreement = disagreement;
    const note = f.optStr('note');
    if (note !== undefined) claim.note = note;
    const later = f.objs('laterFindings', (l) => ({
      date: l.str('date'),
      text: l.str('text'),
      accordingTo: l.str('accordingTo'),
      source: l.source('source'),
    }));
    if (later.length > 0) claim.laterFindings = later;
    return claim;
  });
}

/** Reads every hand-authored file of the story in `dir`. */
export function readStory(dir: string): { story: Story; errors: StoryError[] } {
  const errors: StoryError[] = [];
  const story: Story = {
    ...readSources(dir, errors),
    places: readPlaces(dir, errors),
    referencePoints: readReferencePoints(dir, errors),
    ...readRoute(dir, errors),
    drone: readDrone(dir, errors),
    basemap: readBasemap(dir, errors),
    timeline: readTimeline(dir, errors),
    claims: readClaims(dir, errors),
  };
  return { story, errors };
}
