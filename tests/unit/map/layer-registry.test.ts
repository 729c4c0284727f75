import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { EvidenceFile } from '../../../geo/schema.ts';
import {
  hitLayers,
  type LegendData,
  layerOfSource,
  layerSources,
  layerStyleLayers,
  legendEntries,
  toggleLayers,
} from '../../../src/map/layer-registry.ts';
import { COLORS } from '../../../src/map/palette.ts';
import { LAYERS, QUAYS, ROUTE, VIDEOS } from './story-layers.ts';

const meta = { legend: { place: 'Harbour', context: 'Other', placeLine: 'Water' }, layers: LAYERS };
const noData: LegendData = { features: new Map() };
const flown = (precision: string, drawnByEvidence = false) => ({ kind: 'flown', precision, drawnByEvidence });
const evidence = {
  kinds: [
    { id: 'seen', line: 'solid', position: 'received', legend: 'Seen', replay: '' },
    { id: 'unused', line: 'faint', position: 'not-recorded', legend: 'Never drawn', replay: '' },
  ],
  stretches: [{ id: 's1', kind: 'seen', line: 'solid' }],
} as unknown as EvidenceFile;

describe('legendEntries: one list for the page, the still and print', () => {
  it.each<[string, LegendData, Record<string, boolean> | undefined, string[]]>([
    [
      'before any data: the places, the planned line and the markers',
      noData,
      undefined,
      [
        'Harbour',
        'Other',
        'Planned crossing',
        'Flooded, as the harbour master said',
        'A witness video',
        'Water',
      ],
    ],
    [
      'the kinds of course the data draws, not those the evidence stretches draw instead',
      { features: new Map([['route', [flown('exact'), flown('approximate', true)]]]) },
      undefined,
      [
        'Harbour',
        'Other',
        'Planned crossing',
        'Course sailed: from reported positions',
        'Flooded, as the harbour master said',
        'A witness video',
        'Water',
      ],
    ],
    [
      'each kind of evidence the stretches use, and none they do not',
      { features: new Map(), evidence },
      undefined,
      [
        'Harbour',
        'Other',
        'Planned crossing',
        'Seen',
        'Flooded, as the harbour master said',
        'A witness video',
        'Water',
      ],
    ],
    [
      'only the layers shown, when asked (the still)',
      noData,
      { route: false, quays: true, videos: false },
      ['Harbour', 'Other', 'Flooded, as the harbour master said', 'Water'],
    ],
  ])('%s', (_, data, visible, labels) => {
    expect(legendEntries(meta, COLORS, data, visible).map((e) => e.label)).toEqual(labels);
  });

  it('draws each line’s swatch with the dash the map draws, in pixels (MapLibre dashes in line widths)', () => {
    const planned = layerStyleLayers([ROUTE], COLORS).under.find((l) => l.id === 'route-planned');
    const paint = (planned as LayerSpecification & { paint: Record<string, unknown> }).paint;
    const swatch = legendEntries(meta, COLORS, noData).find((e) => e.key === 'route-planned')?.swatch;
    const width = paint['line-width'] as number;
    expect(swatch).toMatchObject({ kind: 'line', color: COLORS.planned, width });
    expect(swatch?.dash).toEqual((paint['line-dasharray'] as number[]).map((d) => d * width));
  });

  it('gives the evidence entries their stretches, for the page to list', () => {
    const entry = legendEntries(meta, COLORS, { features: new Map(), evidence }).find(
      (e) => e.label === 'Seen',
    );
    expect(entry?.evidence?.stretches.map((s) => s.id)).toEqual(['s1']);
  });
});

describe('the style, toggles and clicks of each layer', () => {
  it.each([
    [
      'a route (its evidence stretches have their own popups)',
      { ...ROUTE, click: 'feature' as const },
      {
        place: [],
        feature: [
          'route-evidence-solid',
          'route-evidence-dashed',
          'route-evidence-dotted',
          'route-evidence-faint',
        ],
      },
    ],
    ['a route that opens nothing', ROUTE, { place: [], feature: [] }],
    ['claimed places open their place', QUAYS, { place: ['quays-ring'], feature: [] }],
    ['points open their own popup', VIDEOS, { place: [], feature: ['videos-points'] }],
    ['points that open nothing', { ...VIDEOS, click: 'nothing' as const }, { place: [], feature: [] }],
  ])('%s', (_, layer, hits) => {
    expect(hitLayers([layer], COLORS)).toEqual(hits);
    const { under, over } = layerStyleLayers([layer], COLORS);
    // The toggle shows and hides every style layer the layer adds, and only those.
    expect(toggleLayers([layer], COLORS)[layer.id]).toEqual([...under, ...over].map((l) => l.id));
    // Every style layer reads a source the layer adds (or the replay's).
    const sources = Object.keys(layerSources([layer], (f) => f));
    for (const l of [...under, ...over])
      expect([...sources, 'replay-path']).toContain((l as { source: string }).source);
  });

  it('names a failed map source by the layer that added it', () => {
    expect(layerOfSource(LAYERS, 'route-evidence')?.id).toBe('route');
    expect(layerOfSource(LAYERS, 'videos')?.id).toBe('videos');
    expect(layerOfSource(LAYERS, 'basemap')).toBeUndefined();
  });
});
