import { describe, expect, it } from 'vitest';
import { parseClaims, parsePlaces, parseTimeline } from '../../../src/story/parse.ts';

const timeline = (url: unknown) => ({
  flight: { start: '2024-12-25T03:55:00Z', end: '2024-12-25T06:28:00Z' },
  events: [{ id: 'e', time: '2024-12-25T03:55:00Z', title: 'Take-off', sources: [{ label: 'L', url }] }],
});

const claims = (url: unknown) => ({
  claims: [
    {
      id: 'c',
      label: 'C',
      cells: [],
      laterFindings: [{ date: '2025-01-01', text: 'T', source: { label: 'L', url } }],
    },
  ],
});

const places = (url: unknown) => ({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [50, 40] },
      properties: { id: 'baku', name: 'Baku', role: 'airport', main: true, coordSource: { label: 'L', url } },
    },
  ],
});

describe('fact sources become links only when they are web addresses', () => {
  const cases: [unknown, boolean][] = [
    ['https://example.org/a?b=c', true],
    ['http://example.org/', true],
    ['javascript:alert(1)', false],
    [' JavaScript:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox', false],
    ['/relative/path', false],
    ['//example.org/protocol-relative', false],
    ['', false],
    [42, false],
  ];
  it.each(cases)('%j kept: %s', (url, kept) => {
    const t = parseTimeline(timeline(url));
    expect(t.events[0]?.sources[0]?.url).toBe(kept ? url : undefined);
    expect(t.events[0]?.sources[0]?.label).toBe('L');
    const c = parseClaims(claims(url));
    expect(c.claims[0]?.laterFindings?.[0]?.source.url).toBe(kept ? url : undefined);
    const p = parsePlaces(places(url));
    expect(p.features[0]?.properties.coordSource.url).toBe(kept ? url : undefined);
  });
});
