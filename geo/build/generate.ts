/**
 * Turns a (shape-checked) story into the data the app loads (pure apart from hashing).
 * Key order is fixed by construction and coordinates are rounded, so output is byte-stable.
 */
import type { Position } from 'geojson';
import type {
  BasemapCollection,
  ClaimedPlaceCollection,
  ClaimsFile,
  FlightTrack,
  Passage,
  PlaceCollection,
  PlaceFeature,
  PlacePassages,
  RouteCollection,
  RouteFeature,
  SourceMeta,
  SourcesFile,
  TimelineEvent,
  TimelineFile,
} from '../schema.ts';
import { passageFlags, resolveClaims } from './claims.ts';
import { greatCirclePath, loopLine, roundPosition } from './geometry.ts';
import { articleBodyStart, extractPassages, type PlaceNames } from './passages.ts';
import type {
  DroneEvidence,
  GazetteerPlace,
  SegmentSpec,
  Story,
  TimelineEventSpec,
  Waypoint,
} from './read-story.ts';
import { buildFlightTrack } from './track.ts';

export interface ResolvedEvidence {
  evidence: DroneEvidence;
  /** The passage that contains the quote, or why none does. */
  passageId?: string;
  problem?: string;
}

export interface StoryOutputs {
  sources: SourcesFile;
  places: PlaceCollection;
  /** Empty when the story has no route.json. */
  route: RouteCollection;
  /** Null when the story has no layer of claimed places (drone-attacks.json). */
  drone: ClaimedPlaceCollection | null;
  passages: Passage[];
  placePassages: PlacePassages[];
  evidence: ResolvedEvidence[];
  basemap: BasemapCollection;
  /** Null for a story without a timeline, and the track for one without a flight. */
  timeline: TimelineFile | null;
  track: FlightTrack | null;
  /** Timed flown waypoints the track could not place on its line (verify reports them). */
  unplacedWaypoints: string[];
  claims: ClaimsFile;
}

export const placeNames = (p: GazetteerPlace): PlaceNames => ({ id: p.id, names: [p.name, ...p.aliases] });

const position = (w: { lat: number; lng: number }): Position => [w.lng, w.lat];

function sortedUnique(xs: Iterable<string>): string[] {
  return [...new Set(xs)].sort();
}

function segmentLine(segment: SegmentSpec, byId: Map<string, Waypoint>): Position[] {
  const points = segment.waypoints.map((id) => byId.get(id)).filter((w): w is Waypoint => w !== undefined);
  const coords = points.map(position);
  const [first, second] = coords;
  if (segment.shape === 'loop' && first && second) {
    return loopLine(first, second, segment.turns ?? 1, segment.direction ?? 'counter-clockwise');
  }
  return greatCirclePath(coords);
}

function placeGeometry(place: GazetteerPlace, byId: Map<string, Waypoint>): PlaceFeature['geometry'] {
  if (place.track) {
    const from = byId.get(place.track.fromWaypoint);
    const to = byId.get(place.track.toWaypoint);
    const coords = from && to ? greatCirclePath([position(from), position(to)]) : [];
    return { type: 'LineString', coordinates: coords.map((c) => roundPosition(c)) };
  }
  return {
    type: 'Point',
    coordinates: roundPosition(place.point ? position(place.point) : [Number.NaN, Number.NaN]),
  };
}

function placeFeatures(
  story: Story,
  placePassages: PlacePassages[],
  byId: Map<string, Waypoint>,
): PlaceCollection {
  const features = story.places.map((place): PlaceFeature => {
    const passages = placePassages.find((p) => p.placeId === place.id)?.passages ?? [];
    const sourceIds = sortedUnique(passages.flatMap((p) => p.citations.map((c) => c.sourceId)));
    return {
      type: 'Feature',
      id: place.id,
      properties: {
        id: place.id,
        name: place.name,
        aliases: place.aliases,
        role: place.role,
        main: place.main,
        precision: place.precision,
        ...(place.precisionNote === undefined ? {} : { precisionNote: place.precisionNote }),
        coordSource: place.coordSource,
        summary: place.summary,
        passageCount: passages.length,
        sourceIds,
      },
      geometry: placeGeometry(place, byId),
    };
  });
  return { type: 'FeatureCollection', features };
}

function routeFeatures(story: Story, byId: Map<string, Waypoint>): RouteCollection {
  const features = story.segments.map((segment): RouteFeature => {
    const first = byId.get(segment.waypoints[0] ?? '');
    const last = byId.get(segment.waypoints[segment.waypoints.length - 1] ?? '');
    return {
      type: 'Feature',
      id: segment.id,
      properties: {
        id: segment.id,
        kind: segment.kind,
        precision: segment.precision,
        from: first?.label ?? '',
        to: last?.label ?? '',
        ...(first?.time === undefined ? {} : { startTime: first.time }),
        ...(last?.time === undefined ? {} : { endTime: last.time }),
        source: segment.source,
        ...(segment.note === undefined ? {} : { note: segment.note }),
      },
      geometry: { type: 'LineString', coordinates: segmentLine(segment, byId).map((c) => roundPosition(c)) },
    };
  });
  return { type: 'FeatureCollection', features };
}

/** Finds, for each quoted piece of evidence, the passage of that article which contains it. */
export function resolveEvidence(story: Story, passages: readonly Passage[]): ResolvedEvidence[] {
  return (story.drone?.evidence ?? []).map((evidence): ResolvedEvidence => {
    const article = story.articles.get(evidence.sourceId);
    if (article === undefined) return { evidence, problem: `unknown source id "${evidence.sourceId}"` };
    const at = article.indexOf(evidence.quote);
    if (at === -1) return { evidence, problem: `quote not found verbatim in article ${evidence.sourceId}` };
    if (article.indexOf(evidence.quote, at + 1) !== -1) {
      return {
        evidence,
        problem: `quote occurs more than once in article ${evidence.sourceId}; quote more of it`,
      };
    }
    const end = at + evidence.quote.length;
    const passage = passages.find((p) =>
      p.citations.some((c) => c.sourceId === evidence.sourceId && c.start <= at && end <= c.end),
    );
    if (!passage) return { evidence, problem: 'quote is not inside a sentence that names a place' };
    return { evidence, passageId: passage.id };
  });
}

function droneFeatures(
  story: Story,
  passages: readonly Passage[],
  evidence: ResolvedEvidence[],
): ClaimedPlaceCollection | null {
  const drone = story.drone;
  if (!drone) return null;
  const features: ClaimedPlaceCollection['features'] = [];
  for (const placeId of drone.placeIds) {
    const place = story.places.find((p) => p.id === placeId);
    if (!place?.point) continue;
    // The Kremlin named cities: a ring sits on the city centre when the place's point is elsewhere.
    const ringId = drone.ringAt?.[placeId];
    const at = story.referencePoints.find((r) => r.id === ringId) ?? place.point;
    const ids = new Set(evidence.map((e) => e.passageId).filter((id): id is string => id !== undefined));
    const passageIds = passages.filter((p) => ids.has(p.id) && p.placeIds.includes(placeId)).map((p) => p.id);
    features.push({
      type: 'Feature',
      id: placeId,
      properties: { placeId, name: place.name, claimedBy: drone.claimedBy, passageIds },
      geometry: { type: 'Point', coordinates: roundPosition(position(at)) },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The article metadata plus, per article, the places it names (gazetteer order) and its length. */
function sourcesFile(story: Story, passages: readonly Passage[]): SourcesFile {
  const sources = story.sources.map((s): SourceMeta => {
    const named = new Set(
      passages.filter((p) => p.citations.some((c) => c.sourceId === s.id)).flatMap((p) => p.placeIds),
    );
    return {
      ...s,
      placeIds: story.places.map((p) => p.id).filter((id) => named.has(id)),
      length: story.articles.get(s.id)?.length ?? 0,
      bodyStart: articleBodyStart(story.articles.get(s.id) ?? ''),
    };
  });
  return { sources };
}

function timelineEvent(e: TimelineEventSpec): TimelineEvent {
  return {
    id: e.id,
    time: e.time,
    approximate: e.approximate,
    ...(e.timeNote === undefined ? {} : { timeNote: e.timeNote }),
    phase: e.phase,
    title: e.title,
    ...(e.detail === undefined ? {} : { detail: e.detail }),
    accordingTo: e.accordingTo,
    ...(e.placeId === undefined ? {} : { placeId: e.placeId }),
    sources: e.sources,
  };
}

/** Events in time order (stable, so same-time events keep their authored order). */
export function timelineFile(story: Story): TimelineFile | null {
  if (!story.timeline) return null;
  const events = story.timeline.events
    .map((e, i) => ({ e, i, t: Date.parse(e.time) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map(({ e }) => timelineEvent(e));
  const { flight } = story.timeline;
  return { flight: { start: flight.start, end: flight.end }, events };
}

/** Everything the app loads, computed from the story and an already-built basemap. */
export function generate(story: Story, basemap: BasemapCollection): StoryOutputs {
  const byId = new Map(story.waypoints.map((w) => [w.id, w]));
  const articles = story.sources.flatMap((s) => {
    const text = story.articles.get(s.id);
    return text === undefined ? [] : [{ sourceId: s.id, text }];
  });
  const claims = resolveClaims(story);
  const passages = extractPassages(articles, story.places.map(placeNames)).map((p): Passage => {
    const flags = passageFlags(p, claims);
    return flags.length === 0 ? p : { ...p, flags };
  });
  const route = routeFeatures(story, byId);
  const built = story.timeline ? buildFlightTrack(route, story.segments, byId) : null;
  const placePassages = story.places.map(
    (place): PlacePassages => ({
      placeId: place.id,
      passages: passages.filter((p) => p.placeIds.includes(place.id)),
    }),
  );
  const evidence = resolveEvidence(story, passages);
  return {
    sources: sourcesFile(story, passages),
    places: placeFeatures(story, placePassages, byId),
    route,
    drone: droneFeatures(story, passages, evidence),
    passages,
    placePassages,
    evidence,
    basemap,
    timeline: timelineFile(story),
    track: built?.track ?? null,
    unplacedWaypoints: built?.unplaced ?? [],
    claims,
  };
}
