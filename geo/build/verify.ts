/**
 * Every check on the story, as lists of named errors (pure). `verifyInputs` runs before anything is
 * generated (so bad coordinates never reach the geometry code); `verifyOutputs` checks what would be
 * written. An empty list means the build may write.
 */
import { gzipSync } from 'node:zlib';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { BBox, Geometry, Position } from 'geojson';
import type { BasemapCollection, FactSource } from '../schema.ts';
import { landOf } from './basemap.ts';
import { findQuote } from './claims.ts';
import { placeNames, type StoryOutputs } from './generate.ts';
import { mentions, namePattern, normalizeForMatching } from './passages.ts';
import { STORY_FILES, type Story } from './read-story.ts';
import { sourcePolicyProblems } from './source-policy.ts';
import type { StoryError } from './story-error.ts';

/** The app loads the basemap before anything else; keep it small. */
export const BASEMAP_MAX_GZIP_BYTES = 300 * 1024;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A timeline time: a real UTC instant, to the second. */
const UTC_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
/** The replay is one flight: take-off to crash within a day. */
const MAX_FLIGHT_MS = 24 * 3600 * 1000;
/** Later findings come within a few years; a mistyped year (2052, 2042) falls outside. */
const TIMELINE_HORIZON_MS = 3 * 366 * 24 * 3600 * 1000;
// Clipping and rounding may land a vertex a hair outside the box.
const BBOX_SLACK = 1e-6;

function coordProblem(lng: number, lat: number, bbox: BBox): string | null {
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) return `coordinate [${lng}, ${lat}] is not a number`;
  if (lat < -90 || lat > 90) return `latitude ${lat} is outside [-90, 90]`;
  if (lng < -180 || lng > 180) return `longitude ${lng} is outside [-180, 180]`;
  const [w, s, e, n] = bbox;
  if (lng < w - BBOX_SLACK || lng > e + BBOX_SLACK || lat < s - BBOX_SLACK || lat > n + BBOX_SLACK) {
    return `[${lng}, ${lat}] is outside the story region [${bbox.join(', ')}] (geo/${STORY_FILES.basemap} bbox)`;
  }
  return null;
}

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

function verifySources(story: Story): StoryError[] {
  const file = STORY_FILES.sources;
  const errors: StoryError[] = duplicates(story.sources.map((s) => s.id)).map((id) => ({
    file,
    item: id,
    message: 'duplicate source id',
  }));
  for (const s of story.sources) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s.date) || Number.isNaN(Date.parse(`${s.date}T00:00:00Z`))) {
      errors.push({ file, item: s.id, message: `date "${s.date}" is not an ISO date (YYYY-MM-DD)` });
    }
    const article = story.articles.get(s.id);
    if (article === undefined) continue;
    // A headline is either a verbatim line of the text, or a marked, shortened lead whose pieces are.
    const pieces = s.headline.startsWith('Lead: ') ? s.headline.slice(6).split(' … ') : [s.headline];
    const missing = pieces.find((p) => !article.includes(p));
    if (missing !== undefined) {
      errors.push({ file, item: s.id, message: `headline text "${missing}" is not in sources/${s.file}` });
    }
    if (s.headline.startsWith('Lead: ') && s.headlineNote === undefined) {
      errors.push({ file, item: s.id, message: 'a "Lead:" headline needs a headlineNote saying why' });
    }
  }
  return errors;
}

function verifyPlaces(story: Story): StoryError[] {
  const file = STORY_FILES.gazetteer;
  const bbox = story.basemap.bbox;
  const waypointIds = new Set(story.waypoints.map((w) => w.id));
  const errors: StoryError[] = duplicates(story.places.map((p) => p.id)).map((id) => ({
    file,
    item: id,
    message: 'duplicate place id',
  }));
  for (const p of story.places) {
    const err = (message: string) => errors.push({ file, item: p.id, message });
    if (!KEBAB.test(p.id)) err('id must be lowercase kebab-case');
    if ((p.point === undefined) === (p.track === undefined)) err('needs exactly one of "point" or "track"');
    if (p.point) {
      const problem = coordProblem(p.point.lng, p.point.lat, bbox);
      if (problem) err(problem);
    }
    if (p.track) {
      for (const w of [p.track.fromWaypoint, p.track.toWaypoint]) {
        if (!waypointIds.has(w))
          err(`track refers to unknown waypoint "${w}" (not in geo/${STORY_FILES.route})`);
      }
    }
    if (p.precision === 'approximate' && p.precisionNote === undefined)
      err('approximate places need a precisionNote');
    const pattern = namePattern(placeNames(p).names);
    for (const not of p.notAliases) {
      if (pattern.test(normalizeForMatching(not)))
        err(`"${not}" is listed as not an alias but the names match it`);
    }
  }
  return errors;
}

function verifyRoute(story: Story): StoryError[] {
  const file = STORY_FILES.route;
  const placeIds = new Set(story.places.map((p) => p.id));
  const waypointIds = new Set(story.waypoints.map((w) => w.id));
  const errors: StoryError[] = [];
  for (const id of duplicates(story.waypoints.map((w) => w.id))) {
    errors.push({ file, item: `waypoint ${id}`, message: 'duplicate waypoint id' });
  }
  for (const id of duplicates(story.segments.map((s) => s.id))) {
    errors.push({ file, item: `segment ${id}`, message: 'duplicate segment id' });
  }
  for (const w of story.waypoints) {
    const err = (message: string) => errors.push({ file, item: `waypoint ${w.id}`, message });
    const problem = coordProblem(w.lng, w.lat, story.basemap.bbox);
    if (problem) err(problem);
    if (w.placeId !== undefined && !placeIds.has(w.placeId)) err(`unknown place id "${w.placeId}"`);
    if (w.time !== undefined && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/.test(w.time)) {
      err(`time "${w.time}" is not a UTC ISO time (YYYY-MM-DDTHH:MM:SSZ)`);
    }
    if (w.timeApproximate !== undefined && w.time === undefined) err('"timeApproximate" needs a "time"');
  }
  // The flight track joins the flown segments into one line, so each must start where the last ended.
  const flown = story.segments.filter((s) => s.kind === 'flown');
  for (let i = 1; i < flown.length; i++) {
    const prev = flown[i - 1];
    const next = flown[i];
    if (prev && next && prev.waypoints.at(-1) !== next.waypoints[0]) {
      errors.push({
        file,
        item: `segment ${next.id}`,
        message: `starts at "${next.waypoints[0]}" but the flown segment before it ("${prev.id}") ends at "${prev.waypoints.at(-1)}"`,
      });
    }
  }
  for (const s of story.segments) {
    const err = (message: string) => errors.push({ file, item: `segment ${s.id}`, message });
    if (s.waypoints.length < 2) err('needs at least two waypoints');
    for (const id of s.waypoints) if (!waypointIds.has(id)) err(`unknown waypoint "${id}"`);
    if (s.shape === 'loop') {
      if (s.waypoints.length !== 2) err('a loop joins exactly two waypoints');
      const turns = s.turns ?? Number.NaN;
      if (!(turns > 0 && Number.isInteger(turns - 0.5)))
        err(`loop turns ${turns} must be n + 0.5 to end at "to"`);
    }
  }
  return errors;
}

function verifyDroneInputs(story: Story): StoryError[] {
  const file = STORY_FILES.drone;
  const placeIds = new Set(story.places.map((p) => p.id));
  const errors: StoryError[] = [];
  const drone = story.drone;
  if (!drone) return errors;
  for (const id of drone.placeIds) {
    const place = story.places.find((p) => p.id === id);
    if (!placeIds.has(id)) errors.push({ file, item: id, message: `unknown place id "${id}"` });
    else if (!place?.point) errors.push({ file, item: id, message: 'a drone-attack place must be a point' });
  }
  for (const [placeId, ref] of Object.entries(drone.ringAt ?? {})) {
    if (!drone.placeIds.includes(placeId))
      errors.push({ file, item: `ringAt ${placeId}`, message: 'is not one of the drone-attack places' });
    if (!story.referencePoints.some((r) => r.id === ref))
      errors.push({
        file,
        item: `ringAt ${placeId}`,
        message: `unknown reference point "${ref}" (gazetteer.json)`,
      });
  }
  return errors;
}

function verifyBasemapConfig(story: Story): StoryError[] {
  const file = STORY_FILES.basemap;
  const [w, s, e, n] = story.basemap.bbox;
  const errors: StoryError[] = [];
  if (!(w < e && s < n && w >= -180 && e <= 180 && s >= -90 && n <= 90)) {
    errors.push({ file, item: 'bbox', message: `[${story.basemap.bbox.join(', ')}] is not a valid box` });
  }
  for (const l of story.basemap.labels) {
    const problem = coordProblem(l.lng, l.lat, story.basemap.bbox);
    if (problem) errors.push({ file, item: `label ${l.name}`, message: problem });
  }
  return errors;
}

function timeProblem(time: string): string | null {
  const ms = Date.parse(time);
  // Date.parse accepts 2024-02-30; a round trip does not.
  if (
    !UTC_SECONDS.test(time) ||
    Number.isNaN(ms) ||
    new Date(ms).toISOString() !== time.replace('Z', '.000Z')
  ) {
    return `time "${time}" is not a UTC instant (YYYY-MM-DDTHH:MM:SSZ)`;
  }
  return null;
}

function verifyTimeline(story: Story): StoryError[] {
  const file = STORY_FILES.timeline;
  if (!story.timeline) return [];
  const { flight, events } = story.timeline;
  const placeIds = new Set(story.places.map((p) => p.id));
  const waypoints = new Map(story.waypoints.map((w) => [w.id, w]));
  const errors: StoryError[] = duplicates(events.map((e) => e.id)).map((id) => ({
    file,
    item: id,
    message: 'duplicate event id',
  }));
  const flightProblems = [timeProblem(flight.start), timeProblem(flight.end)].filter((p) => p !== null);
  for (const message of flightProblems) errors.push({ file, item: 'flight', message });
  const start = Date.parse(flight.start);
  const end = Date.parse(flight.end);
  if (flightProblems.length === 0 && !(start < end && end - start <= MAX_FLIGHT_MS)) {
    errors.push({ file, item: 'flight', message: 'start must come before end, less than a day apart' });
  }
  let previous: { id: string; ms: number } | undefined;
  for (const e of events) {
    const err = (message: string) => errors.push({ file, item: e.id, message });
    if (!KEBAB.test(e.id)) err('id must be lowercase kebab-case');
    if (e.sources.length === 0) err('needs at least one source');
    if (e.placeId !== undefined && !placeIds.has(e.placeId)) err(`unknown place id "${e.placeId}"`);
    const problem = timeProblem(e.time);
    if (problem) {
      err(problem);
      continue;
    }
    const ms = Date.parse(e.time);
    if (previous && ms < previous.ms) err(`comes after "${previous.id}" in the file but earlier in time`);
    previous = { id: e.id, ms };
    if (flightProblems.length === 0) {
      if (e.phase === 'flight' && (ms < start || ms > end)) {
        err(`a 'flight' event must lie within the flight, ${flight.start} – ${flight.end}`);
      }
      if (e.phase === 'after' && (ms <= end || ms > start + TIMELINE_HORIZON_MS)) {
        err(`an 'after' event must come after the crash (${flight.end}) and within three years`);
      }
    }
    if (e.waypointId !== undefined) {
      const w = waypoints.get(e.waypointId);
      if (!w) err(`unknown waypoint "${e.waypointId}" (not in geo/${STORY_FILES.route})`);
      else if (w.time === undefined || Date.parse(w.time) !== ms) {
        err(
          `time ${e.time} differs from waypoint ${w.id}'s ${w.time ?? '(none)'} in geo/${STORY_FILES.route}`,
        );
      } else if ((w.timeApproximate ?? false) !== e.approximate) {
        err(`"approximate" differs from waypoint ${w.id}'s "timeApproximate" in geo/${STORY_FILES.route}`);
      }
    }
  }
  const flightTimes = events.filter((e) => e.phase === 'flight').map((e) => e.time);
  if (flightProblems.length === 0 && flightTimes.length > 0) {
    if (flightTimes[0] !== flight.start || flightTimes.at(-1) !== flight.end) {
      errors.push({
        file,
        item: 'flight',
        message: `start and end must be the first and last flight events (${flightTimes[0]}, ${flightTimes.at(-1)})`,
      });
    }
  }
  return errors;
}

function verifyClaimInputs(story: Story): StoryError[] {
  const file = STORY_FILES.claims;
  const sourceIds = story.sources.map((s) => s.id);
  const errors: StoryError[] = duplicates(story.claims.map((c) => c.id)).map((id) => ({
    file,
    item: id,
    message: 'duplicate claim id',
  }));
  for (const claim of story.claims) {
    const err = (message: string) => errors.push({ file, item: claim.id, message });
    if (!KEBAB.test(claim.id)) err('id must be lowercase kebab-case');
    const cellIds = claim.cells.map((c) => c.sourceId);
    for (const id of cellIds) if (!sourceIds.includes(id)) err(`unknown source id "${id}"`);
    for (const id of duplicates(cellIds)) err(`more than one cell for source ${id}`);
    for (const id of sourceIds) if (!cellIds.includes(id)) err(`no cell for source ${id} (say "silent")`);
    if (claim.cells.some((c) => c.flagged) && claim.disagreement === undefined) {
      err('has flagged cells but no "disagreement" saying what is wrong');
    }
    for (const l of claim.laterFindings ?? []) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(l.date) || Number.isNaN(Date.parse(l.date))) {
        err(`later finding date "${l.date}" is not an ISO date (YYYY-MM-DD)`);
      }
    }
    for (const cell of claim.cells) {
      const item = `${claim.id} (${cell.sourceId})`;
      const cellErr = (message: string) => errors.push({ file, item, message });
      if (cell.status === 'silent' && cell.quotes.length > 0) cellErr('a silent cell has no quotes');
      if (cell.status === 'silent' && cell.flagged) cellErr('a silent cell cannot be flagged');
      if (cell.status === 'stated' && cell.quotes.length === 0)
        cellErr('a stated cell needs at least one quote');
      const source = story.sources.find((s) => s.id === cell.sourceId);
      const article = story.articles.get(cell.sourceId);
      if (!source || article === undefined) continue;
      for (const q of cell.quotes) {
        const found = findQuote(article, q);
        if (!found.ok) {
          cellErr(`${found.problem} in article ${cell.sourceId} (sources/${source.file}): "${q.text}"`);
        }
      }
    }
  }
  return errors;
}

/** Checks on the hand-authored files alone. */
/** Every fact source in the story, by file and item, against the source policy (source-policy.ts). */
function verifySourcePolicy(story: Story): StoryError[] {
  const G = STORY_FILES.gazetteer;
  const R = STORY_FILES.route;
  const all: { file: string; item: string; source: FactSource }[] = [
    ...story.places.map((p) => ({ file: G, item: p.id, source: p.coordSource })),
    ...story.referencePoints.map((p) => ({ file: G, item: `reference point ${p.id}`, source: p.source })),
    ...story.waypoints.map((w) => ({ file: R, item: `waypoint ${w.id}`, source: w.source })),
    ...story.segments.map((s) => ({ file: R, item: `segment ${s.id}`, source: s.source })),
    ...(story.timeline?.events ?? []).flatMap((e) =>
      e.sources.map((source) => ({ file: STORY_FILES.timeline, item: e.id, source })),
    ),
    ...story.claims.flatMap((c) =>
      (c.laterFindings ?? []).map((l) => ({ file: STORY_FILES.claims, item: c.id, source: l.source })),
    ),
  ];
  return all.flatMap(({ file, item, source }) =>
    sourcePolicyProblems(source).map((message) => ({ file, item, message: `source policy: ${message}` })),
  );
}

function verifyReferencePoints(story: Story): StoryError[] {
  const file = STORY_FILES.gazetteer;
  const taken = new Set([...story.places.map((p) => p.id), ...story.waypoints.map((w) => w.id)]);
  const errors: StoryError[] = [];
  for (const r of story.referencePoints) {
    const err = (message: string) => errors.push({ file, item: `reference point ${r.id}`, message });
    if (!KEBAB.test(r.id)) err('id must be lowercase kebab-case');
    if (taken.has(r.id)) err('id is already a place or waypoint id');
    taken.add(r.id);
    const problem = coordProblem(r.lng, r.lat, story.basemap.bbox);
    if (problem) err(problem);
  }
  return errors;
}

export function verifyInputs(story: Story): StoryError[] {
  return [
    ...verifySourcePolicy(story),
    ...verifyReferencePoints(story),
    ...verifySources(story),
    ...verifyPlaces(story),
    ...verifyRoute(story),
    ...verifyDroneInputs(story),
    ...verifyBasemapConfig(story),
    ...verifyTimeline(story),
    ...verifyClaimInputs(story),
  ];
}

function positionsOf(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'LineString':
    case 'MultiPoint':
      return g.coordinates;
    case 'Polygon':
    case 'MultiLineString':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positionsOf);
  }
}

function shapeProblem(g: Geometry): string | null {
  if (g.type === 'LineString' && g.coordinates.length < 2) return 'a LineString needs at least 2 positions';
  const rings = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
  for (const ring of rings) {
    const a = ring[0];
    const b = ring[ring.length - 1];
    if (ring.length < 4 || !a || !b || a[0] !== b[0] || a[1] !== b[1])
      return 'a polygon ring must be closed (≥ 4 positions)';
  }
  return null;
}

/** Geometry checks on every feature of one output file. */
export function verifyFeatures(
  file: string,
  features: readonly { id?: string | number; properties: object; geometry: Geometry }[],
  bbox: BBox,
): StoryError[] {
  const errors: StoryError[] = [];
  features.forEach((f, i) => {
    const props = f.properties as { id?: unknown; name?: unknown };
    const item = String(f.id ?? props.id ?? props.name ?? `feature #${i}`);
    const shape = shapeProblem(f.geometry);
    if (shape) errors.push({ file, item, message: shape });
    for (const p of positionsOf(f.geometry)) {
      const problem =
        p.length < 2 ? 'position has fewer than 2 numbers' : coordProblem(p[0] ?? 0, p[1] ?? 0, bbox);
      if (problem) {
        errors.push({ file, item, message: problem });
        break;
      }
    }
  });
  return errors;
}

function verifyPassages(story: Story, out: StoryOutputs): StoryError[] {
  const errors: StoryError[] = [];
  const places = new Map(story.places.map((p) => [p.id, p]));
  for (const passage of out.passages) {
    for (const c of passage.citations) {
      const article = story.articles.get(c.sourceId);
      const file = `passages (source ${c.sourceId})`;
      if (article === undefined)
        errors.push({ file, item: passage.id, message: `unknown source id "${c.sourceId}"` });
      else if (article.slice(c.start, c.end) !== passage.text) {
        errors.push({
          file,
          item: passage.id,
          message: `text is not the article's text at ${c.start}–${c.end}`,
        });
      }
    }
    for (const id of passage.placeIds) {
      const place = places.get(id);
      if (!place) errors.push({ file: 'passages', item: passage.id, message: `unknown place id "${id}"` });
      else if (!mentions(passage.text, placeNames(place))) {
        errors.push({
          file: 'passages',
          item: passage.id,
          message: `attached to "${id}" but does not name it`,
        });
      }
    }
  }
  for (const { placeId, passages } of out.placePassages) {
    const place = places.get(placeId);
    if (!place) continue;
    if (passages.length === 0 && place.noPassagesReason === undefined) {
      errors.push({
        file: STORY_FILES.gazetteer,
        item: placeId,
        message:
          'no article sentence names this place (add an alias the articles use, or a noPassagesReason)',
      });
    }
    if (passages.length > 0 && place.noPassagesReason !== undefined) {
      errors.push({
        file: STORY_FILES.gazetteer,
        item: placeId,
        message: `has ${passages.length} passages but also a noPassagesReason; remove the reason`,
      });
    }
  }
  return errors;
}

function verifyDroneOutputs(out: StoryOutputs): StoryError[] {
  const file = STORY_FILES.drone;
  const errors: StoryError[] = [];
  out.evidence.forEach((e, i) => {
    if (e.problem !== undefined) {
      errors.push({
        file,
        item: `evidence #${i + 1} (${e.evidence.sourceId})`,
        message: `${e.problem}: "${e.evidence.quote}"`,
      });
    }
  });
  for (const f of out.drone?.features ?? []) {
    if (f.properties.passageIds.length === 0) {
      errors.push({ file, item: f.properties.placeId, message: 'no evidence quote names this place' });
    }
  }
  return errors;
}

function verifyBasemap(story: Story, basemap: BasemapCollection): StoryError[] {
  const file = 'basemap.geojson';
  const errors: StoryError[] = [];
  const lands = basemap.features.filter((f) => f.properties.kind === 'land');
  for (const l of story.basemap.labels) {
    const item = `label ${l.name}`;
    const pt: Position = [l.lng, l.lat];
    if (l.kind === 'country') {
      const land = landOf(basemap, l.name);
      if (!land)
        errors.push({ file: STORY_FILES.basemap, item, message: 'no country of that name in the region' });
      else if (!booleanPointInPolygon(pt, land)) {
        errors.push({
          file: STORY_FILES.basemap,
          item,
          message: `[${pt.join(', ')}] is not on ${l.name}'s land`,
        });
      }
    } else {
      const on = lands.find(
        (f) =>
          (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') &&
          booleanPointInPolygon(pt, f.geometry),
      );
      if (on)
        errors.push({
          file: STORY_FILES.basemap,
          item,
          message: `sea label lies on ${on.properties.name}'s land`,
        });
    }
  }
  const gz = gzipSync(JSON.stringify(basemap)).length;
  if (gz > BASEMAP_MAX_GZIP_BYTES) {
    errors.push({
      file,
      item: '(file)',
      message: `${gz} bytes gzipped, over the ${BASEMAP_MAX_GZIP_BYTES} budget`,
    });
  }
  return errors;
}

/** Re-checks what is written: every quote is its article's text at its offsets. */
function verifyClaimOutputs(story: Story, out: StoryOutputs): StoryError[] {
  const errors: StoryError[] = [];
  const file = 'claims output';
  for (const claim of out.claims.claims) {
    if (claim.cells.length !== story.sources.length) {
      errors.push({
        file,
        item: claim.id,
        message: `${claim.cells.length} cells for ${story.sources.length} sources`,
      });
    }
    for (const cell of claim.cells) {
      for (const q of cell.quotes) {
        if (story.articles.get(q.sourceId)?.slice(q.start, q.end) !== q.text) {
          errors.push({
            file,
            item: `${claim.id} (${cell.sourceId})`,
            message: `quote is not the article's text at ${q.start}–${q.end}: "${q.text}"`,
          });
        }
      }
      if (cell.status === 'stated' && cell.quotes.length === 0) {
        errors.push({
          file,
          item: `${claim.id} (${cell.sourceId})`,
          message: 'stated but no quote resolved',
        });
      }
    }
  }
  return errors;
}

function verifyTrack(story: Story, out: StoryOutputs): StoryError[] {
  const file = 'track.json';
  const { track, timeline } = out;
  if (!track || !timeline) return [];
  const errors: StoryError[] = out.unplacedWaypoints.map((id) => ({
    file: STORY_FILES.route,
    item: `waypoint ${id}`,
    message: 'is not a vertex of its flown segment',
  }));
  const err = (item: string, message: string) => errors.push({ file, item, message });
  if (track.line.length < 2) err('line', 'needs at least two positions');
  errors.push(
    ...verifyFeatures(
      file,
      [{ id: 'line', properties: {}, geometry: { type: 'LineString', coordinates: track.line } }],
      story.basemap.bbox,
    ),
  );
  if (track.times.length < 2) err('times', 'needs at least two known times (take-off and crash)');
  track.times.forEach((t, i) => {
    const prev = track.times[i - 1];
    if (!Number.isFinite(t.km) || t.km < 0 || t.km > track.lengthKm) {
      err(t.label, `km ${t.km} is outside the line (0–${track.lengthKm})`);
    }
    if (prev && !(Date.parse(t.time) > Date.parse(prev.time))) {
      err(t.label, `time ${t.time} is not after ${prev.time} (${prev.label})`);
    }
    if (prev && t.km < prev.km) err(t.label, `km ${t.km} is before ${prev.km} (${prev.label})`);
  });
  const first = track.times[0];
  const last = track.times.at(-1);
  if (first && (first.km !== 0 || first.time !== timeline.flight.start)) {
    err(first.label, `the first known time must be take-off (${timeline.flight.start}) at km 0`);
  }
  if (last && (last.km !== track.lengthKm || last.time !== timeline.flight.end)) {
    err(last.label, `the last known time must be the crash (${timeline.flight.end}) at the end of the line`);
  }
  return errors;
}

/** Checks on what the build would write. */
export function verifyOutputs(story: Story, out: StoryOutputs): StoryError[] {
  const bbox = story.basemap.bbox;
  return [
    ...verifyClaimOutputs(story, out),
    ...verifyTrack(story, out),
    ...verifyPassages(story, out),
    ...verifyDroneOutputs(out),
    ...verifyFeatures('places.geojson', out.places.features, bbox),
    ...verifyFeatures('route.geojson', out.route.features, bbox),
    ...verifyFeatures('drone-attacks.geojson', out.drone?.features ?? [], bbox),
    ...verifyFeatures('basemap.geojson', out.basemap.features, bbox),
    ...verifyBasemap(story, out.basemap),
  ];
}
