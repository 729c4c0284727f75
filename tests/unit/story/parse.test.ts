import { describe, expect, it } from 'vitest';
import { parseClaims, parseFeaturePopup, parsePlaces, parseTimeline } from '../../../src/story/parse.ts';

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
    const f = parseFeaturePopup(JSON.stringify({ title: 'T', lines: [], sources: [{ label: 'L', url }] }));
    expect(f?.sources[0]?.url).toBe(kept ? url : undefined);
  });
});

describe("a map feature's own popup", () => {
  const popup = {
    title: 'No position recorded',
    from: '2024-12-25T05:25:00Z',
    to: '2024-12-25T06:07:00Z',
    lines: ['Nothing received', 'Drawn along our link'],
    sources: [{ label: 'Flightlevel.be', url: 'https://flightlevel.be/x' }],
  };

  it('reads it as MapLibre hands it back (JSON text) and as an object', () => {
    expect(parseFeaturePopup(JSON.stringify(popup))).toEqual(popup);
    expect(parseFeaturePopup(popup)).toEqual(popup);
  });

  it.each([
    ['no popup', undefined],
    ['broken JSON', '{"title":'],
    ['no title', JSON.stringify({ ...popup, title: ' ' })],
    ['no lines', JSON.stringify({ ...popup, lines: 'text' })],
    ['a number', 7],
  ])('opens nothing for %s', (_, v) => {
    expect(parseFeaturePopup(v)).toBeNull();
  });

  it('drops what it cannot show: unlabelled sources, empty lines, invalid times', () => {
    const f = parseFeaturePopup({
      ...popup,
      from: 'yesterday',
      lines: ['Nothing received', '', 3],
      sources: [{ url: 'https://a.example' }, { label: 'Kursiv' }],
    });
    expect(f).toEqual({
      title: popup.title,
      to: popup.to,
      lines: ['Nothing received'],
      sources: [{ label: 'Kursiv' }],
    });
  });
});
