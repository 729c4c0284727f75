/**
 * story.json `layers`: the story's layers over its places, one record each (geo/README.md, "Adding
 * a layer"). Read and checked here, pure; the app's layer registry (src/map/layer-registry.ts)
 * draws each record by its role.
 */
import { type LayerClick, type LayerRole, type LegendText, ROLE_LEGEND, type StoryLayer } from '../schema.ts';
import { isObj } from './read-story.ts';

/**
 * What each role needs from its layer's record: the legend entries it draws a swatch for (by id),
 * the clicks it can offer, and the data file it is drawn from (`null`: the layer's own
 * `<id>.geojson`, built from the story's `<id>.json`).
 */
export const LAYER_ROLES: Record<
  LayerRole,
  { legend: readonly string[]; clicks: readonly LayerClick[]; data: string | null }
> = {
  route: {
    legend: Object.values(ROLE_LEGEND.route),
    // The flown path's evidence stretches carry their own popups.
    clicks: ['feature', 'nothing'],
    data: 'route.geojson',
  },
  'claimed-places': {
    legend: Object.values(ROLE_LEGEND['claimed-places']),
    clicks: ['place', 'nothing'],
    data: 'drone-attacks.geojson',
  },
  points: { legend: Object.values(ROLE_LEGEND.points), clicks: ['feature', 'nothing'], data: null },
};

const ROLES = Object.keys(LAYER_ROLES) as LayerRole[];
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The data file a layer is drawn from: its role's, or its own. */
export const layerDataFile = (role: LayerRole, id: string): string =>
  LAYER_ROLES[role].data ?? `${id}.geojson`;

/** The hand-authored file a `points` layer is built from. */
export const pointsInputFile = (id: string): string => `${id}.json`;

/**
 * Reads the `layers` list; `fail(item, message)` names the layer ("layers #1 (drones)"). The `data`
 * file is the role's own (`route.geojson`) or the layer's (`witness-videos.geojson`), written by the
 * build; a story that gives another is told which.
 */
export function readStoryLayers(raw: unknown, fail: (item: string, message: string) => void): StoryLayer[] {
  if (!Array.isArray(raw)) {
    fail('layers', 'must be a list of layers ({ id, role, data, toggle, part, legend, on, click })');
    return [];
  }
  const seen = new Set<string>();
  return raw.flatMap((o, i): StoryLayer[] => {
    const item = `layers #${i}${isObj(o) && typeof o.id === 'string' ? ` (${o.id})` : ''}`;
    if (!isObj(o)) {
      fail(item, 'must be an object');
      return [];
    }
    const str = (key: string): string => {
      const v = o[key];
      if (typeof v === 'string' && v.trim() !== '') return v;
      fail(item, `"${key}" must be a non-empty string`);
      return '';
    };
    const id = str('id');
    if (id && !KEBAB.test(id)) fail(item, `id "${id}" must be lowercase kebab (it is the permalink's key)`);
    if (seen.has(id)) fail(item, `id "${id}" is listed twice`);
    seen.add(id);
    const role = o.role as LayerRole;
    if (!ROLES.includes(role)) {
      fail(item, `"role" must be one of ${ROLES.join(', ')}`);
      return [];
    }
    const spec = LAYER_ROLES[role];
    const data = str('data');
    const expected = layerDataFile(role, id);
    if (data && data !== expected)
      fail(item, `"data" must be "${expected}" (the file the build writes for it)`);
    const click = o.click as LayerClick;
    if (!spec.clicks.includes(click))
      fail(item, `"click" must be ${spec.clicks.map((c) => `"${c}"`).join(' or ')} for a ${role} layer`);
    if (typeof o.on !== 'boolean') fail(item, '"on" must be true or false (shown by default or not)');
    if (!Array.isArray(o.legend)) fail(item, '"legend" must be a list of { "id", "text" }');
    const legend: LegendText[] = (Array.isArray(o.legend) ? o.legend : []).flatMap((l, j) => {
      if (isObj(l) && typeof l.id === 'string' && typeof l.text === 'string' && l.text.trim() !== '')
        return [{ id: l.id, text: l.text }];
      fail(item, `legend #${j} must be { "id", "text" }`);
      return [];
    });
    const ids = legend.map((l) => l.id);
    for (const want of spec.legend)
      if (!ids.includes(want)) fail(item, `legend needs an entry "${want}" (a ${role} layer draws one)`);
    for (const have of ids)
      if (have && !spec.legend.includes(have))
        fail(item, `legend entry "${have}" is not one a ${role} layer draws (${spec.legend.join(', ')})`);
    const layer: StoryLayer = {
      id,
      role,
      data: expected,
      toggle: str('toggle'),
      part: str('part'),
      legend,
      on: o.on === true,
      click: spec.clicks.includes(click) ? click : 'nothing',
    };
    if (o.download !== undefined) {
      const d = o.download;
      if (isObj(d) && typeof d.description === 'string' && d.description.trim() !== '')
        layer.download = { description: d.description };
      else fail(item, '"download" must be { "description" } (what the file is, for the download list)');
    }
    return [layer];
  });
}
