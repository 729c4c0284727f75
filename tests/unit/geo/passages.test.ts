import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, placeNames, type StoryOutputs } from '../../../geo/build/generate.ts';
import { extractPassages, mentions, passageId, splitSentences } from '../../../geo/build/passages.ts';
import { readStory, type Story } from '../../../geo/build/read-story.ts';
import type { BasemapCollection } from '../../../geo/schema.ts';
import { EXPECTED_SENTENCES } from '../../fixtures/facts-sentences.ts';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));
const NO_BASEMAP: BasemapCollection = { type: 'FeatureCollection', features: [] };

describe('splitSentences', () => {
  it.each([
    ['two plain sentences', 'From Baku. To Grozny.', ['From Baku.', 'To Grozny.']],
    [
      '"(the town of)" stays inside',
      'Grozny, (the town of) Mozdok and Vladikavkaz. Next.',
      ['Grozny, (the town of) Mozdok and Vladikavkaz.', 'Next.'],
    ],
    [
      'closing curly quote after a comma',
      '“During this time, Grozny,” the Kremlin said. Then.',
      ['“During this time, Grozny,” the Kremlin said.', 'Then.'],
    ],
    [
      'closing quote after a full stop',
      'He said "loss of control." The end.',
      ['He said "loss of control."', 'The end.'],
    ],
    [
      'dates with commas',
      'First Published Dec 28, 2024, 6:46 PM IST',
      ['First Published Dec 28, 2024, 6:46 PM IST'],
    ],
    [
      'initials do not end a sentence',
      'It aligns with U.S. Intelligence reports. Fine.',
      ['It aligns with U.S. Intelligence reports.', 'Fine.'],
    ],
    ['"Dec." abbreviation', 'On Dec. 25 it crashed. Yes.', ['On Dec. 25 it crashed.', 'Yes.']],
    [
      'a line without a final full stop ends at the line break',
      'near Grozny, where the plane attempted to land\n\nNext one.',
      ['near Grozny, where the plane attempted to land', 'Next one.'],
    ],
    ['no-break spaces are trimmed and split on', 'One.\u00a0Two.\u00a0\n', ['One.', 'Two.']],
    ['a numbered caption stays whole', '1. Vladimir Putin apologises', ['1. Vladimir Putin apologises']],
    [
      'the " date YYYY-MM-DD " header is not part of the first sentence',
      ' date 2024-12-28 The crash. More.',
      ['The crash.', 'More.'],
    ],
    [
      'a lowercase continuation is not a new sentence',
      'the real cause of the incident. authorities. Embraer has offered.',
      ['the real cause of the incident. authorities.', 'Embraer has offered.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('alias matching', () => {
  const story = readStory('geo').story;
  const place = (id: string) => {
    const p = story.places.find((x) => x.id === id);
    if (!p) throw new Error(id);
    return placeNames(p);
  };
  it.each([
    ['baku', 'He flew to Azerbaijan.', false],
    ['baku', "Azerbaijan's capital of Baku", true],
    ['baku', 'from Azerbaijan’s capital, the city', true],
    ['aktau', 'It crashed in Kazakhstan.', false],
    ['aktau', 'near the coast of Kazakhstan’s Aktau, after', true],
    ['grozny', "took off for Russia's Chechnya.", false],
    ['grozny', 'attempted to land at Grozny Airport', true],
    ['grozny', 'Groznyi and Groznyy are other spellings', false],
    ['mozdok', 'Grozny, (the town of) Mozdok and', true],
    ['caspian-crossing', 'across the Caspian Sea.', true],
    ['caspian-crossing', 'the Caspian coast', false],
    ['crash-site', 'recovered from the crash site.', true],
    ['makhachkala', 'near Makhachkala', true],
  ])('%s in %j → %s', (id, text, expected) => {
    expect(mentions(text, place(id))).toBe(expected);
  });

  it('never matches a name the gazetteer lists as not an alias', () => {
    for (const p of story.places)
      for (const not of p.notAliases) expect(mentions(not, placeNames(p))).toBe(false);
  });
});

describe('passages of the five articles', () => {
  let story: Story;
  let out: StoryOutputs;
  beforeAll(() => {
    story = readStory('geo').story;
    out = generate(story, NO_BASEMAP);
  });
  const articleOf = (sourceId: string): string => story.articles.get(sourceId) ?? '';

  it('quotes every citation verbatim at its recorded UTF-16 offsets', () => {
    expect(out.passages.length).toBeGreaterThan(20);
    for (const p of out.passages) {
      expect(p.citations.length).toBeGreaterThan(0);
      for (const c of p.citations) expect(articleOf(c.sourceId).slice(c.start, c.end)).toBe(p.text);
    }
  });

  it('cites the article files exactly as stored in geo/sources', () => {
    for (const s of story.sources) {
      expect(story.articles.get(s.id)).toBe(readFileSync(`geo/sources/${s.file}`, 'utf8'));
    }
  });

  it('gives every passage a stable id derived from its text', () => {
    for (const p of out.passages) expect(p.id).toBe(passageId(p.text));
    expect(passageId('Baku')).toBe(passageId('Baku'));
    expect(new Set(out.passages.map((p) => p.id)).size).toBe(out.passages.length);
  });

  describe.each(Object.entries(EXPECTED_SENTENCES))('recall: %s', (placeId, expected) => {
    it.each(expected)('%s: %s', (sourceId, sentence) => {
      const hit = out.passages.find(
        (p) =>
          p.text === sentence &&
          p.citations.some((c) => c.sourceId === sourceId) &&
          p.placeIds.includes(placeId),
      );
      expect(hit, `${sourceId}: "${sentence}" not attached to ${placeId}`).toBeDefined();
    });
    it('attaches exactly the expected sentences (no extras)', () => {
      const attached = out.passages
        .filter((p) => p.placeIds.includes(placeId))
        .flatMap((p) => p.citations.map((c) => `${c.sourceId} ${p.text}`))
        .sort();
      expect(attached).toEqual(expected.map(([s, t]) => `${s} ${t}`).sort());
    });
  });

  it('precision: every attached passage names its place by name or alias', () => {
    for (const p of out.passages) {
      for (const id of p.placeIds) {
        const place = story.places.find((x) => x.id === id);
        expect(place).toBeDefined();
        if (place) expect(mentions(p.text, placeNames(place)), `${p.id} → ${id}`).toBe(true);
      }
    }
  });

  it('attaches a sentence naming three places to all three', () => {
    const p = out.passages.find((x) => x.text.startsWith('Putin explained that Ukrainian drones'));
    expect(p?.placeIds).toEqual(['grozny', 'mozdok', 'vladikavkaz']);
  });

  it('keeps the 000 and 001 Kremlin quotes apart: their texts differ, so do their passages', () => {
    const quotes = out.passages.filter((p) => p.text.includes('During this time, Grozny'));
    expect(quotes.map((q) => q.citations.map((c) => c.sourceId))).toEqual([['000'], ['001']]);
    expect(quotes[0]?.text.startsWith('“')).toBe(true);
    expect(quotes[1]?.text.startsWith('"')).toBe(true);
  });

  it('groups identical sentences from different articles into one passage with one citation each', () => {
    const same = 'It crashed near Aktau.';
    const passages = extractPassages(
      [
        { sourceId: 'a', text: `Intro. ${same}` },
        { sourceId: 'b', text: same },
      ],
      [{ id: 'aktau', names: ['Aktau'] }],
    );
    expect(passages).toEqual([
      {
        id: passageId(same),
        text: same,
        citations: [
          { sourceId: 'a', start: 7, end: 7 + same.length },
          { sourceId: 'b', start: 0, end: same.length },
        ],
        placeIds: ['aktau'],
      },
    ]);
  });

  it('Chechnya is not an alias of Grozny, yet every article sentence naming Chechnya reaches Grozny', () => {
    const chechnya = story.sources.flatMap((s) =>
      sentences(articleOf(s.id))
        .filter((t) => t.includes('Chechnya'))
        .map((t) => [s.id, t] as const),
    );
    expect(chechnya.map(([id]) => id)).toEqual(['000', '001', '002', '003']);
    for (const [sourceId, text] of chechnya) {
      const p = out.passages.find((x) => x.text === text && x.citations.some((c) => c.sourceId === sourceId));
      expect(p?.placeIds).toContain('grozny');
    }
  });

  it('context places: the crash site matches honestly; Makhachkala has none and says why', () => {
    const byPlace = new Map(out.placePassages.map((p) => [p.placeId, p.passages.length]));
    expect(byPlace.get('crash-site')).toBe(3);
    expect(byPlace.get('makhachkala')).toBe(0);
    expect(story.places.find((p) => p.id === 'makhachkala')?.noPassagesReason).toBeTruthy();
  });
});
