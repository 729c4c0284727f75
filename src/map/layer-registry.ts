/**
 * The story's layers (story.json `layers`, one record each) as the map, its legend, its toggles,
 * the permalink and the still know them. One entry per role turns a record into MapLibre sources
 * and style layers (from the palette), the layers a click hits, and legend entries with swatches
 * drawn as the map draws them. Pure functions; the app never names a layer of the story.
 */
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type {
  EvidenceFile,
  EvidenceLine,
  LayerClick,
  LayerRole,
  RouteProperties,
  StoryLayer,
  StoryMeta,
} from '../../geo/schema.ts';
import { ROLE_LEGEND, ROUTE_SEGMENT } from '../../geo/schema.ts';
import { type EvidenceLegendEntry, evidenceLegend } from '../story/evidence-legend.ts';
import type { Palette } from './palette.ts';

/** How a legend entry is drawn: a dot, a ring or a line (dash and width in CSS px, as on the map). */
export interface Swatch {
  kind: 'dot' | 'ring' | 'line';
  color: string;
  /** The dot's or ring's radius, px. */
  r?: number;
  dash?: readonly number[];
  width?: number;
  opacity?: number;
}

export interface LegendEntry {
  key: string;
  label: string;
  swatch: Swatch;
  /** The kind of evidence this line stands for, with its stretches: the page's legend lists them. */
  evidence?: EvidenceLegendEntry;
}

/** What the legend reads from the loaded data: which kinds of line the map actually draws. */
export interface LegendData {
  /** Each layer's features' properties, by layer id, once loaded. */
  features: ReadonlyMap<string, readonly unknown[]>;
  evidence?: EvidenceFile | null | undefined;
}

/** A line as the map draws it; `dash` in line widths (MapLibre's unit), so one list serves both. */
interface LineLook {
  width: number;
  opacity?: number;
  dash?: readonly number[];
}

/** A legend swatch of a line, its dash in px: MapLibre scales `line-dasharray` by the width. */
const lineSwatch = (color: string, look: LineLook): Swatch => ({
  kind: 'line',
  color,
  width: look.width,
  ...(look.opacity === undefined ? {} : { opacity: look.opacity }),
  ...(look.dash ? { dash: look.dash.map((d) => Math.round(d * look.width * 10) / 10) } : {}),
});

const linePaint = (color: string, look: LineLook) => ({
  'line-color': color,
  'line-width': look.width,
  ...(look.opacity === undefined ? {} : { 'line-opacity': look.opacity }),
  ...(look.dash ? { 'line-dasharray': [...look.dash] } : {}),
});

/** The route's lines: the planned route dotted, the flown path solid where published, dashed where not. */
const ROUTE_LOOK = {
  planned: { width: 2, dash: [0.5, 2] },
  flownExact: { width: 3 },
  flownApproximate: { width: 2.5, dash: [2, 1.5] },
} as const satisfies Record<string, LineLook>;

/** The flown path by its evidence: one look per line style the data names (evidence.geojson's `line`). */
export const EVIDENCE_LOOKS: Record<EvidenceLine, LineLook> = {
  solid: { width: 3.5 },
  dashed: { width: 3.5, dash: [1.2, 1.2] },
  dotted: { width: 3, dash: [0.1, 1.8] },
  faint: { width: 2, opacity: 0.6, dash: [3, 2] },
};
const EVIDENCE_LINES = Object.keys(EVIDENCE_LOOKS) as EvidenceLine[];

/** Where a style layer goes: under the story's place markers, or over them (under their labels). */
interface RoleLayers {
  under: LayerSpecification[];
  over: LayerSpecification[];
  /** The style layers a click or tap on the layer hits. */
  hit: string[];
}

interface RoleEntry {
  /** The MapLibre sources the layer adds, by id; `data` gives a file's address. */
  sources(layer: StoryLayer, data: (file: string) => string): Record<string, SourceSpecification>;
  layers(layer: StoryLayer, c: Palette): RoleLayers;
  /** Its legend entries, from its record's words, as the data says the map draws them. */
  legend(layer: StoryLayer, c: Palette, data: LegendData): LegendEntry[];
}

/** A legend entry's words, from the layer's record, by the id its role gives it (ROLE_LEGEND). */
const text = (layer: StoryLayer, id: string): string => layer.legend.find((l) => l.id === id)?.text ?? '';

/** The flown path's evidence file: drawn by the route layer, beside its own data. */
export const EVIDENCE_FILE = 'evidence.geojson';

/** One entry per role: adding a role is one entry here (and its reader in geo/build). */
const REGISTRY: Record<LayerRole, RoleEntry> = {
  route: {
    sources: (layer, data) => ({
      [layer.id]: { type: 'geojson', data: data(layer.data) },
      [`${layer.id}-evidence`]: { type: 'geojson', data: data(EVIDENCE_FILE) },
    }),
    layers: (layer, c) => {
      const flown = (precision: RouteProperties['precision']) =>
        [
          'all',
          ['==', ['get', 'kind'], ROUTE_SEGMENT.flown],
          ['==', ['get', 'precision'], precision],
          // A flown segment the evidence stretches draw is not drawn twice.
          ['!=', ['get', 'drawnByEvidence'], true],
        ] as const;
      return {
        under: [
          {
            id: `${layer.id}-planned`,
            type: 'line',
            source: layer.id,
            filter: ['==', ['get', 'kind'], ROUTE_SEGMENT.planned],
            layout: { 'line-cap': 'round' },
            paint: linePaint(c.planned, ROUTE_LOOK.planned),
          },
          {
            id: `${layer.id}-flown-approximate`,
            type: 'line',
            source: layer.id,
            filter: flown('approximate') as never,
            paint: linePaint(c.flown, ROUTE_LOOK.flownApproximate),
          },
          {
            id: `${layer.id}-flown-exact`,
            type: 'line',
            source: layer.id,
            filter: flown('exact') as never,
            layout: { 'line-cap': 'round', 'line-join': 'round' },
            paint: linePaint(c.flown, ROUTE_LOOK.flownExact),
          },
          // The replay: the path flown so far, a wide pale band under the stretches so that their
          // kinds of evidence stay readable behind the aircraft.
          {
            id: 'replay-travelled',
            type: 'line',
            source: 'replay-path',
            layout: { 'line-cap': 'round', 'line-join': 'round' },
            paint: { 'line-color': c.flown, 'line-width': 8, 'line-opacity': 0.28 },
          },
          ...EVIDENCE_LINES.map(
            (line): LayerSpecification => ({
              id: `${layer.id}-evidence-${line}`,
              type: 'line',
              source: `${layer.id}-evidence`,
              filter: ['==', ['get', 'line'], line],
              layout: { 'line-cap': line === 'dotted' ? 'round' : 'butt', 'line-join': 'round' },
              paint: linePaint(c.flown, EVIDENCE_LOOKS[line]),
            }),
          ),
        ],
        over: [],
        // The stretches carry their own popups (kind of evidence, times, sources).
        hit: EVIDENCE_LINES.map((line) => `${layer.id}-evidence-${line}`),
      };
    },
    legend: (layer, c, data) => {
      const segments = (data.features.get(layer.id) ?? []) as readonly RouteProperties[];
      const drawn = (precision: RouteProperties['precision']) =>
        segments.some(
          (s) => s.kind === ROUTE_SEGMENT.flown && s.precision === precision && !s.drawnByEvidence,
        );
      const kinds = evidenceLegend(data.evidence);
      return [
        {
          key: `${layer.id}-planned`,
          label: text(layer, ROLE_LEGEND.route.planned),
          swatch: lineSwatch(c.planned, ROUTE_LOOK.planned),
        },
        ...(drawn('exact')
          ? [
              {
                key: `${layer.id}-flown-exact`,
                label: text(layer, ROLE_LEGEND.route.flownExact),
                swatch: lineSwatch(c.flown, ROUTE_LOOK.flownExact),
              },
            ]
          : []),
        ...(drawn('approximate')
          ? [
              {
                key: `${layer.id}-flown-approximate`,
                label: text(layer, ROLE_LEGEND.route.flownApproximate),
                swatch: lineSwatch(c.flown, ROUTE_LOOK.flownApproximate),
              },
            ]
          : []),
        ...kinds.map((entry) => ({
          key: `${layer.id}-evidence-${entry.kind.id}`,
          label: entry.kind.legend,
          swatch: lineSwatch(c.flown, EVIDENCE_LOOKS[entry.kind.line]),
          evidence: entry,
        })),
      ];
    },
  },
  'claimed-places': {
    sources: (layer, data) => ({ [layer.id]: { type: 'geojson', data: data(layer.data) } }),
    layers: (layer, c) => ({
      under: [
        {
          id: `${layer.id}-halo`,
          type: 'circle',
          source: layer.id,
          paint: { 'circle-radius': 16, 'circle-color': c.drone, 'circle-opacity': 0.18 },
        },
        {
          id: `${layer.id}-ring`,
          type: 'circle',
          source: layer.id,
          paint: {
            'circle-radius': 11,
            'circle-color': 'rgba(0,0,0,0)',
            'circle-stroke-color': c.drone,
            'circle-stroke-width': 2.5,
          },
        },
      ],
      over: [],
      hit: [`${layer.id}-ring`],
    }),
    legend: (layer, c) => [
      {
        key: `${layer.id}-marker`,
        label: text(layer, ROLE_LEGEND['claimed-places'].marker),
        swatch: { kind: 'ring', color: c.drone, r: 9 },
      },
    ],
  },
  points: {
    sources: (layer, data) => ({ [layer.id]: { type: 'geojson', data: data(layer.data), promoteId: 'id' } }),
    layers: (layer, c) => ({
      under: [],
      // Over the places: a point of its own is what a click there is for.
      over: [
        {
          id: `${layer.id}-points`,
          type: 'circle',
          source: layer.id,
          paint: {
            'circle-radius': 6,
            'circle-color': c.feature,
            'circle-stroke-color': c.halo,
            'circle-stroke-width': 2,
          },
        },
      ],
      hit: [`${layer.id}-points`],
    }),
    legend: (layer, c) => [
      {
        key: `${layer.id}-marker`,
        label: text(layer, ROLE_LEGEND.points.marker),
        swatch: { kind: 'dot', color: c.feature, r: 6 },
      },
    ],
  },
};

/** Every MapLibre source the layers add, by id. */
export function layerSources(
  layers: readonly StoryLayer[],
  data: (file: string) => string,
): Record<string, SourceSpecification> {
  return Object.assign({}, ...layers.map((l) => REGISTRY[l.role].sources(l, data)));
}

/** The layers' style layers, in the story's order, under and over the place markers. */
export function layerStyleLayers(
  layers: readonly StoryLayer[],
  c: Palette,
): { under: LayerSpecification[]; over: LayerSpecification[] } {
  const all = layers.map((l) => REGISTRY[l.role].layers(l, c));
  return { under: all.flatMap((a) => a.under), over: all.flatMap((a) => a.over) };
}

/** The style layers each toggle shows and hides, by layer id. */
export function toggleLayers(layers: readonly StoryLayer[], c: Palette): Record<string, string[]> {
  return Object.fromEntries(
    layers.map((l) => {
      const { under, over } = REGISTRY[l.role].layers(l, c);
      return [l.id, [...under, ...over].map((s) => s.id)];
    }),
  );
}

/** The style layers a click hits, by what the click opens ('nothing' hits nothing). */
export function hitLayers(
  layers: readonly StoryLayer[],
  c: Palette,
): Record<Exclude<LayerClick, 'nothing'>, string[]> {
  const of = (click: LayerClick) =>
    layers.filter((l) => l.click === click).flatMap((l) => REGISTRY[l.role].layers(l, c).hit);
  return { place: of('place'), feature: of('feature') };
}

/** The layer a MapLibre source belongs to (its own, or one it adds), for naming what failed. */
export function layerOfSource(layers: readonly StoryLayer[], sourceId: string): StoryLayer | undefined {
  return layers.find((l) => sourceId === l.id || sourceId.startsWith(`${l.id}-`));
}

/**
 * Every legend entry, in the order the page lists them: the places, each layer's own (only those
 * `visible` names, when given: the still explains what it shows), the places drawn as lines.
 *
 * @example legendEntries(meta, COLORS, { features: new Map() }).map((e) => e.label)
 * // → ['A place in the story', 'Context', …each layer's…, 'A place drawn as a line']
 */
export function legendEntries(
  meta: Pick<StoryMeta, 'legend' | 'layers'>,
  c: Palette,
  data: LegendData,
  visible?: Readonly<Record<string, boolean>>,
): LegendEntry[] {
  return [
    { key: 'place', label: meta.legend.place, swatch: { kind: 'dot', color: c.place, r: 5 } },
    { key: 'context', label: meta.legend.context, swatch: { kind: 'dot', color: c.context, r: 4 } },
    ...meta.layers
      .filter((l) => !visible || visible[l.id])
      .flatMap((l) => REGISTRY[l.role].legend(l, c, data)),
    { key: 'place-line', label: meta.legend.placeLine, swatch: { kind: 'line', color: c.place, width: 8 } },
  ];
}
