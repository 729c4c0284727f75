/**
 * The shape of the files `npm run geo` writes to `public/data/` and the app loads.
 * Types only: both the build (geo/build) and the app (src/story) import this module,
 * and nothing else crosses that line.
 *
 * Files (all relative to the app's base URL):
 *   data/sources.json            SourcesFile      the articles' metadata
 *   data/places.geojson          PlaceCollection  one feature per gazetteer place
 *   data/route.geojson           RouteCollection  planned route + the path flown, one feature per segment
 *   data/drone-attacks.geojson   ClaimedPlaceCollection  the places the Kremlin said were under drone attack
 *   data/<layer>.geojson         FeaturePointCollection  a `points` layer (story.json `layers`)
 *   data/passages/<placeId>.json PlacePassages    every passage about one place (loaded on demand)
 *   data/articles/<file>         the article, byte-for-byte (file = SourceMeta.file, e.g. 000_a2eb….txt)
 *   data/basemap.geojson         BasemapCollection land polygons + country borders, clipped to the story
 *   data/download/*              the "Download the data" files: GeoJSON, RFC 4180 CSV and a README
 *                                (geo/build/data-download.ts; for readers, not loaded by the app),
 *                                and index.json, their list (name, description, bytes) the app shows
 */
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';

export type Precision = 'exact' | 'approximate';

export type PlaceRole = 'airport' | 'city' | 'drone-attack-target' | 'route-segment' | 'crash-site';

/**
 * Where a fact comes from: a human-readable reference and, when there is one, an address at the
 * original publisher (https). The source policy (geo/README.md) is checked by geo/build/source-policy.ts.
 */
export interface FactSource {
  label: string;
  /** The original outlet or body that published the fact (not a site that copied it). */
  publisher?: string;
  /** When the publisher published it: YYYY-MM-DD, YYYY-MM, or "undated" for a reference page or dataset. */
  date?: string;
  /** The publisher's own https page, when we have its address. */
  url?: string;
  /** Set when only a copy could be read: what the copy was ("a copy on a flight-school blog"). */
  readVia?: string;
  /** Computed by this project from cited positions (geometry), so it has no publisher. */
  derived?: boolean;
}

export interface SourceMeta {
  /** Stable id, e.g. "000". */
  id: string;
  /** File name in geo/sources/ and data/articles/. */
  file: string;
  headline: string;
  /** Why the headline is not a verbatim line of the text (e.g. a marked lead), when it is not. */
  headlineNote?: string;
  /** ISO date (YYYY-MM-DD) as the article states it. */
  date: string;
  /** How the date was read when the text gives no date line. */
  dateNote?: string;
  /** Only when the article names one. */
  byline?: string;
  /** Only when the article names one. */
  outlet?: string;
  /** Places the article mentions (ids), for its reader page. */
  placeIds?: string[];
  /** Length of the article text in UTF-16 code units (for validating passage ranges in URLs). */
  length?: number;
  /**
   * Offset where the article's own words begin, after scraping residue such as a leading
   * "date 2024-12-28" (0 when there is none). Offsets stay into the verbatim text.
   */
  bodyStart?: number;
}

export interface SourcesFile {
  sources: SourceMeta[];
}

export interface PlaceProperties {
  id: string;
  name: string;
  aliases: string[];
  role: PlaceRole;
  /** Is this one of the story's main places (listed in the UI), or context only (e.g. the crash site)? */
  main: boolean;
  precision: Precision;
  /** Plain-language note on precision, e.g. "±few km: Wikipedia point vs media '3 km'". */
  precisionNote?: string;
  coordSource: FactSource;
  /** One sentence that says what this place is in the story; not a quote. */
  summary: string;
  passageCount: number;
  /** Ids of the sources that mention the place. */
  sourceIds: string[];
}

export type PlaceFeature = Feature<Point | LineString, PlaceProperties>;
export type PlaceCollection = FeatureCollection<Point | LineString, PlaceProperties>;

export interface RouteProperties {
  id: string;
  kind: 'planned' | 'flown';
  precision: Precision;
  /** Waypoint labels at either end. */
  from: string;
  to: string;
  /** UTC ISO times at either end, when known (may be approximate). */
  startTime?: string;
  endTime?: string;
  source: FactSource;
  note?: string;
  /** A flown segment that the evidence stretches (evidence.geojson) draw instead. */
  drawnByEvidence?: boolean;
}

export type RouteFeature = Feature<LineString, RouteProperties>;
export type RouteCollection = FeatureCollection<LineString, RouteProperties>;

export interface ClaimedPlaceProperties {
  placeId: string;
  name: string;
  /** Who said so, in plain words (e.g. "the Kremlin, per Putin's call with Aliyev"). */
  claimedBy: string;
  passageIds: string[];
}

export type ClaimedPlaceCollection = FeatureCollection<Point, ClaimedPlaceProperties>;

export interface Citation {
  sourceId: string;
  /** UTF-16 code-unit offsets into the article text (JavaScript string indices): text === article.slice(start, end). */
  start: number;
  end: number;
}

export interface Passage {
  /** Stable id derived from the text (content hash), so the same sentence in several articles is one passage. */
  id: string;
  text: string;
  citations: Citation[];
  placeIds: string[];
  /** Disagreements (from claims.json) whose quotes fall inside this passage. */
  flags?: PassageFlag[];
}

export interface PlacePassages {
  placeId: string;
  passages: Passage[];
}

export interface BasemapProperties {
  /** ISO 3166 numeric or Natural Earth name; for labels. */
  name: string;
  /** Labels only: a country name or a sea name (seas are drawn in italics, say). */
  labelKind?: 'country' | 'sea';
}

export type BasemapCollection = FeatureCollection<
  Polygon | MultiPolygon | LineString | Point,
  BasemapProperties & { kind: 'land' | 'border' | 'label' }
>;

// ---------------------------------------------------------------------------------------------
// Timeline, flight track, claims (issue 7).
//   data/timeline.json   TimelineFile   events of 25 December 2024 and the later days/findings
//   data/track.json      FlightTrack    the flown path as one line, with the times along it (replay)
//   data/claims.json     ClaimsFile     claims × articles, every cell verbatim or "not stated"
// ---------------------------------------------------------------------------------------------

export interface TimelineEvent {
  id: string;
  /** UTC instant, 'YYYY-MM-DDTHH:MM:SSZ'. For approximate times, the best estimate. */
  time: string;
  approximate: boolean;
  /** How the time is known or where sources disagree, e.g. "04:26 (Kazakh report) vs ~04:37 (transcript)". */
  timeNote?: string;
  /** 'flight': 25 Dec 2024 during the flight (replayed on the map); 'after': later days and official findings. */
  phase: 'flight' | 'after';
  title: string;
  detail?: string;
  /**
   * Whose account the event is ("the Kazakh preliminary report", "Rosaviatsia"), read after
   * "According to": one party's account is shown as theirs.
   */
  accordingTo: string;
  /** The place it happened at, when one of the gazetteer's. */
  placeId?: string;
  sources: FactSource[];
}

export interface TimelineFile {
  /** The replay window: take-off to crash (UTC). */
  flight: { start: string; end: string };
  events: TimelineEvent[];
}

/** A known time at a distance along the flown path; between them the replay moves at constant speed. */
export interface TrackTime {
  time: string;
  /** Kilometres from the start of `line`. */
  km: number;
  approximate: boolean;
  label: string;
}

export interface FlightTrack {
  /** The whole flown path, Baku to the crash site, as one line ([lng, lat] pairs). */
  line: [number, number][];
  lengthKm: number;
  times: TrackTime[];
}

/** One verbatim span of an article, verified at build time like every passage. */
export interface Quote {
  sourceId: string;
  text: string;
  start: number;
  end: number;
}

export interface ClaimCell {
  sourceId: string;
  /** 'stated': quotes hold the article's words; 'silent': the article does not say. */
  status: 'stated' | 'silent';
  quotes: Quote[];
  /** Short neutral gloss of what this article's words amount to (e.g. "29"), not a quote. */
  gist?: string;
  /** This cell disagrees with other articles or with the record: shown as a flag. */
  flagged?: boolean;
}

export interface LaterFinding {
  date: string;
  text: string;
  /** Whose finding or statement it is, read after "According to". */
  accordingTo: string;
  source: FactSource;
}

export interface Claim {
  id: string;
  label: string;
  cells: ClaimCell[];
  /** Where the articles disagree (or one is wrong), in one sentence; absent when they agree. */
  disagreement?: string;
  /** A remark on the row that is not a disagreement (two spellings of one name); shown unflagged. */
  note?: string;
  /** What later official findings settled; never mixed into the quotes. */
  laterFindings?: LaterFinding[];
}

export interface ClaimsFile {
  claims: Claim[];
}

/** A flagged disagreement that a passage quotes: shown beside the passage in popups. */
export interface PassageFlag {
  claimId: string;
  label: string;
  disagreement: string;
}

// ---------------------------------------------------------------------------------------------
// The story's own words (issue 11): everything a reader reads that belongs to this story and not
// to the app. From geo/story.json, checked by the build:
//   data/story.json      StoryMeta      also embedded in index.html at build time (title, meta tags)
// ---------------------------------------------------------------------------------------------

/**
 * How a layer's geometry is drawn and what it holds: the app's vocabulary, not the story's. Each
 * role has one entry in src/map/layer-registry.ts (style layers, hit layers, legend swatches) and
 * one reader in the build; a story picks roles for its layers in story.json `layers`.
 *   route           route.geojson: planned and flown segments (+ the flown path by its evidence)
 *   claimed-places  drone-attacks.geojson: rings around places something was claimed about
 *   points          <id>.geojson from <id>.json: points, each with its own title, date, text, sources
 */
export type LayerRole = 'route' | 'claimed-places' | 'points';

/**
 * The legend entries each role draws a swatch for, by id: a layer's record gives each its words
 * (story.json `legend`), the build checks that it gives all of them, and the registry reads them
 * by these ids.
 */
export const ROLE_LEGEND = {
  route: { planned: 'planned', flownExact: 'flownExact', flownApproximate: 'flownApproximate' },
  'claimed-places': { marker: 'marker' },
  points: { marker: 'marker' },
} as const satisfies Record<LayerRole, Record<string, string>>;

/** The route role's kinds of segment, as route.geojson's `kind` holds them (RouteProperties). */
export const ROUTE_SEGMENT = { planned: 'planned', flown: 'flown' } as const satisfies Record<
  string,
  RouteProperties['kind']
>;

/** What a click on a layer's feature opens: the place it marks, its own popup, or nothing. */
export type LayerClick = 'place' | 'feature' | 'nothing';

/** One legend entry of a layer: its id (the role's swatch) and its words. */
export interface LegendText {
  id: string;
  text: string;
}

/**
 * A layer of the story, as story.json lists it (checked by the build): the one record the app's
 * layer registry draws, toggles, explains, links and exports.
 */
export interface StoryLayer {
  /** Lowercase kebab; the permalink's `layers=` key, so a published link keeps it. */
  id: string;
  role: LayerRole;
  /** The generated file under data/ that holds its features. */
  data: string;
  /** Its name on the toggle. */
  toggle: string;
  /** What it is, in the reader's words, for saying that it could not be shown. */
  part: string;
  legend: LegendText[];
  /** Shown when the address names no `layers=`. */
  on: boolean;
  click: LayerClick;
  /** What it adds to "Download the data": its file, described; absent when it adds nothing. */
  download?: { description: string };
}

/** A point of a `points` layer: its own popup's words, and where they come from. */
export interface FeaturePointProperties {
  id: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  text: string;
  sources: FactSource[];
  popup: FeaturePopup;
}

export type FeaturePointCollection = FeatureCollection<Point, FeaturePointProperties>;

/** Where the OpenStreetMap detail tiles exist (geo/detail-tiles.json): no tile is asked for outside. */
export interface DetailTilesMeta {
  bbox: [number, number, number, number];
  minZoom: number;
  maxZoom: number;
  /** The source-layer the tiles carry their land in. */
  landLayer: string;
}

/** A time zone the replay's clock shows, named after a place of the story. */
export interface StoryTimeZone {
  placeId: string;
  /** The place's name, from the gazetteer. */
  label: string;
  /** IANA zone, so local times come from the platform's tz data. */
  timeZone: string;
}

/** The names written beside the story's west-most and east-most points. */
export interface EdgeLabels {
  west: string;
  east: string;
}

export interface StoryMeta {
  /** The page's heading. */
  title: string;
  /** The document's <title>. */
  pageTitle: string;
  /** The meta description. */
  description: string;
  /** The intro under the heading; every number in it is backed by a quote or a sourced fact. */
  standfirst: string;
  credits: string;
  /** Who publishes the explorer, as "Cite this view" names it. */
  publisher: string;
  /** The day the replay and the timeline are about (UTC); absent for a story with no timeline. */
  day?: { date: string; label: string };
  timeZones?: StoryTimeZone[];
  /** The accessible name of the map. */
  mapLabel: string;
  /** [west, south, east, north]: where the map opens when the places cannot be loaded. */
  regionBounds: [number, number, number, number];
  /**
   * [west, south, east, north] around every place: where the map opens. Computed by the build
   * from the places (hand-authored story.json has no such key), so the map can be created
   * before the places arrive.
   */
  openingBounds: [number, number, number, number];
  /**
   * The names beside the west-most and east-most places, in the file's language: the opening fit
   * leaves room for them on a narrow map. Computed by the build, like openingBounds.
   */
  openingLabels?: EdgeLabels;
  /** The story's layers over its places, in toggle order. */
  layers: StoryLayer[];
  /** The places' own legend entries (the layers carry theirs). */
  legend: { place: string; context: string; placeLine: string };
  /** The replay's words; absent for a story with no flight (no replay bar). */
  replay?: { idle: string; slider: string; track: string };
  /** The detail tiles' box and zooms, or null when the story has none (Natural Earth at every zoom). */
  detailTiles: DetailTilesMeta | null;
  /** What the claims view and its columns are called. */
  claims: { title: string; rowHeader: string; laterColumn: string; caption: string };
}

// ---------------------------------------------------------------------------------------------
// The flight by its evidence (issue 20): how each stretch of the flown path is known, and every
// altitude the sources give. From geo/evidence.json and geo/altitude.json:
//   data/evidence.json     EvidenceFile        kinds, the sources' windows, the stretches, altitudes
//   data/evidence.geojson  EvidenceCollection  each stretch as a line along the flown path
// ---------------------------------------------------------------------------------------------

/** How a kind of stretch is drawn: the app's vocabulary of line styles, not the story's. */
export type EvidenceLine = 'solid' | 'dashed' | 'dotted' | 'faint';

export type EvidencePosition = 'received' | 'false' | 'not-recorded';

/** A kind of evidence: its name in the legend and what the replay says while it holds. */
export interface EvidenceKind {
  id: string;
  line: EvidenceLine;
  /** Whether, under this kind, a position was received, received but false, or not recorded. */
  position: EvidencePosition;
  legend: string;
  replay: string;
}

/** A window of time for which the sources say what was received (UTC). */
export interface EvidenceWindow {
  id: string;
  from: string;
  to: string;
  /** What was received, in plain words ("Nothing received"). */
  received: string;
  /** The window as the source writes it, in its own time zone; the build checks it matches. */
  localTimes?: { text: string; timeZone: string };
  sources: FactSource[];
}

/** A stretch of the flown path: one kind of evidence, inside one window, from `from` to `to`. */
export interface EvidenceStretch {
  id: string;
  kind: string;
  line: EvidenceLine;
  position: EvidencePosition;
  window: string;
  from: string;
  to: string;
  received: string;
  /** What the line is drawn along while the position is not what was received. */
  drawnAlong: string;
  sources: FactSource[];
}

/** An altitude or speed a source gives: at `time`, or (no time given) after another reading. */
export interface AltitudeReading {
  id: string;
  time?: string;
  after?: string;
  feet?: number;
  text: string;
  source: FactSource;
}

export interface EvidenceFile {
  /** Where the sources differ, and how the windows reconcile them. */
  note?: string;
  kinds: EvidenceKind[];
  windows: EvidenceWindow[];
  stretches: EvidenceStretch[];
  /** `label` names the readings in the replay bar; `none` is what it says when no reading holds. */
  altitude: { label: string; none: string; note?: string; readings: AltitudeReading[] };
}

/**
 * What a click on a map feature that carries its own popup shows: a title, the time it covers if
 * any, lines of text and the sources. Written by the build into the feature's `popup` property; the
 * app reads it from there for any layer that offers feature popups (src/map/feature-popup.ts).
 */
export interface FeaturePopup {
  title: string;
  /** The day it is of (YYYY-MM-DD), when it is of a day rather than a span of time. */
  date?: string;
  from?: string;
  to?: string;
  lines: string[];
  sources: FactSource[];
}

/** A stretch on the map, with its popup: the kind of evidence, the times, what was received, the sources. */
export type EvidenceFeatureProperties = EvidenceStretch & { popup: FeaturePopup };

export type EvidenceCollection = FeatureCollection<LineString, EvidenceFeatureProperties>;

// ---------------------------------------------------------------------------------------------
// The story in other languages (issue 23): geo/i18n/<lang>/, checked by geo/build/translations.ts.
//   data/languages.json    LanguagesFile   the languages the story is in, and which files each has
//   data/<lang>/<file>     the same file as data/<file>, same shape, its words in that language
//                          (untranslated fields in English)
// ---------------------------------------------------------------------------------------------

/** One language the story's words are translated into. */
export interface StoryLanguage {
  /** BCP 47 language code, e.g. "ru". */
  lang: string;
  /**
   * The data files (paths as under data/) this language has its own copy of, in data/<lang>/;
   * every other file (articles, sources, basemap, tiles, downloads) is read from data/ itself.
   */
  files: string[];
  /** How many of the story's fields a translation may give, and how many this one gives. */
  fields: number;
  translated: number;
}

export interface LanguagesFile {
  /** The language the story is written in; data/ itself holds its words. */
  source: string;
  languages: StoryLanguage[];
}
