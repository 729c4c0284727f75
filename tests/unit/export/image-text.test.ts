import { describe, expect, it } from 'vitest';
import type { Passage, SourceMeta } from '../../../geo/schema.ts';
import { imageText } from '../../../src/export/image-text.ts';
import { translator } from '../../../src/i18n/catalog.ts';
import { COLORS } from '../../../src/map/palette.ts';
import { FALLBACK_META } from '../../../src/story/story-meta.ts';
import { LAYERS } from '../map/story-layers.ts';

const meta = {
  ...FALLBACK_META,
  layers: LAYERS,
  title: 'A ferry',
  credits: 'Map: Natural Earth; © OpenStreetMap; GeoNames.',
};
const sources = new Map<string, SourceMeta>([
  [
    'a1',
    { id: 'a1', file: 'a1.txt', headline: 'Fire on the Kestrel', date: '2025-03-14', outlet: 'Harbour Post' },
  ],
  [
    'a2',
    { id: 'a2', file: 'a2.txt', headline: 'Ferry diverts after fire in the engine room', date: '2025-03-15' },
  ],
]);
const passage = (ids: string[]): Passage => ({
  id: ids.join(),
  text: 'x',
  citations: ids.map((sourceId) => ({ sourceId, start: 0, end: 1 })),
  placeIds: ['tamsin'],
});
const legend = { features: new Map([['route', [{ kind: 'flown', precision: 'approximate' }]]]) };
const all = { route: true, quays: true, videos: true };

describe('imageText', () => {
  const base = {
    meta,
    colors: COLORS,
    legend,
    sources,
    permalink: 'https://x/#place=tamsin',
    t: translator('en'),
  };

  it('names only what the map shows: no route lines when the route is hidden', () => {
    expect(imageText({ ...base, shown: all }).legend.map((l) => l.label)).toEqual([
      meta.legend.place,
      meta.legend.context,
      'Planned crossing',
      'Course sailed: approximate',
      'Flooded, as the harbour master said',
      'A witness video',
      meta.legend.placeLine,
    ]);
    const none = imageText({ ...base, shown: { route: false, quays: false, videos: false } });
    expect(none.legend.map((l) => l.label)).toEqual([
      meta.legend.place,
      meta.legend.context,
      meta.legend.placeLine,
    ]);
  });

  it('cites each article of the open place once, headline, outlet and date, with its count', () => {
    const t = imageText({
      ...base,
      shown: all,
      place: { name: 'Tamsin', passages: [passage(['a2']), passage(['a1', 'a2'])] },
    });
    expect(t.place).toEqual({
      name: 'Tamsin',
      citations: [
        '“Ferry diverts after fire in the engine room”, 15 March 2025 (2 passages)',
        '“Fire on the Kestrel”, Harbour Post, 14 March 2025',
      ],
    });
  });

  it('credits the map data and the articles’ publishers, and carries the permalink', () => {
    const t = imageText({ ...base, shown: all });
    expect(t.title).toBe('A ferry');
    expect(t.credits).toEqual([meta.credits, 'Articles: Harbour Post; “Ferry diverts after fire in…”.']);
    expect(t.permalink).toBe('https://x/#place=tamsin');
    expect(t.place).toBeUndefined();
  });
});
