/**
 * Resolves the distance/bearing placeholders (prose.ts) in every prose field of the story, after
 * the inputs are verified (so every coordinate is valid). Returns the resolved story, or named errors.
 */
import type { Position } from 'geojson';
import { distanceKm } from './geometry.ts';
import { type ProseContext, type ProseWords, resolveProse } from './prose.ts';
import { STORY_FILES, type Story } from './read-story.ts';
import type { StoryError } from './story-error.ts';

/** Looks ids up in places (with a point), then reference points, then waypoints. */
function pointsOf(story: Story): Map<string, Position> {
  const points = new Map<string, Position>();
  for (const w of story.waypoints) points.set(w.id, [w.lng, w.lat]);
  for (const r of story.referencePoints) points.set(r.id, [r.lng, r.lat]);
  for (const p of story.places) if (p.point) points.set(p.id, [p.point.lng, p.point.lat]);
  return points;
}

/** Km along the flown segments' waypoints; only over great-circle legs (a drawn loop is no measure). */
export function flownRouteKm(story: Story, from: string, to: string): number | string {
  const legs: { a: string; b: string; shape: string }[] = [];
  for (const s of story.segments.filter((x) => x.kind === 'flown')) {
    for (let i = 1; i < s.waypoints.length; i++) {
      legs.push({ a: s.waypoints[i - 1] ?? '', b: s.waypoints[i] ?? '', shape: s.shape });
    }
  }
  const start = legs.findIndex((l) => l.a === from);
  if (start === -1) return `"${from}" is not a waypoint the flown route leaves from`;
  const end = legs.findIndex((l, i) => i >= start && l.b === to);
  if (end === -1) return `"${to}" is not a waypoint of the flown route after "${from}"`;
  const byId = new Map(story.waypoints.map((w) => [w.id, w]));
  let km = 0;
  for (const l of legs.slice(start, end + 1)) {
    if (l.shape !== 'great-circle')
      return `the route between them includes a drawn ${l.shape}, not a measure`;
    const a = byId.get(l.a);
    const b = byId.get(l.b);
    if (!a || !b) return `unknown waypoint on the route ("${l.a}" or "${l.b}")`;
    km += distanceKm([a.lng, a.lat], [b.lng, b.lat]);
  }
  return km;
}

/** `words`: how a translation writes the figures (prose.ts `PROSE_WORDS`); English when absent. */
export function resolveStoryProse(story: Story, words?: ProseWords): { story: Story; errors: StoryError[] } {
  const points = pointsOf(story);
  const ctx: ProseContext = {
    point: (id) => points.get(id),
    routeKm: (from, to) => flownRouteKm(story, from, to),
    ...(words ? { words } : {}),
  };
  const errors: StoryError[] = [];
  const fix =
    (file: string, item: string) =>
    <T extends string | undefined>(text: T): T => {
      if (text === undefined) return text;
      const r = resolveProse(text, ctx);
      for (const message of r.problems) errors.push({ file, item, message });
      return r.text as T;
    };

  const places = story.places.map((p) => {
    const f = fix(STORY_FILES.gazetteer, p.id);
    const precisionNote = f(p.precisionNote);
    return { ...p, summary: f(p.summary), ...(precisionNote === undefined ? {} : { precisionNote }) };
  });
  const waypoints = story.waypoints.map((w) => {
    const f = fix(STORY_FILES.route, `waypoint ${w.id}`);
    const note = f(w.note);
    const timeNote = f(w.timeNote);
    return {
      ...w,
      label: f(w.label),
      ...(note === undefined ? {} : { note }),
      ...(timeNote === undefined ? {} : { timeNote }),
    };
  });
  const segments = story.segments.map((s) => {
    const note = fix(STORY_FILES.route, `segment ${s.id}`)(s.note);
    return note === undefined ? s : { ...s, note };
  });
  const events = (story.timeline?.events ?? []).map((e) => {
    const f = fix(STORY_FILES.timeline, e.id);
    const detail = f(e.detail);
    const timeNote = f(e.timeNote);
    return {
      ...e,
      title: f(e.title),
      ...(detail === undefined ? {} : { detail }),
      ...(timeNote === undefined ? {} : { timeNote }),
    };
  });
  const claims = story.claims.map((c) => {
    const f = fix(STORY_FILES.claims, c.id);
    const disagreement = f(c.disagreement);
    const laterFindings = c.laterFindings?.map((l) => ({ ...l, text: f(l.text) }));
    return {
      ...c,
      cells: c.cells.map((cell) => {
        const gist = f(cell.gist);
        return gist === undefined ? cell : { ...cell, gist };
      }),
      ...(disagreement === undefined ? {} : { disagreement }),
      ...(laterFindings === undefined ? {} : { laterFindings }),
    };
  });
  return {
    story: {
      ...story,
      places,
      waypoints,
      segments,
      timeline: story.timeline && { ...story.timeline, events },
      claims,
    },
    errors,
  };
}
