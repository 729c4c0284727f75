import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findQuote } from '../../../geo/build/claims.ts';
import { generate, type StoryOutputs } from '../../../geo/build/generate.ts';
import { readStory } from '../../../geo/build/read-story.ts';
import type { BasemapCollection, Claim, SourceMeta } from '../../../geo/schema.ts';
import { buildErrors, corruptStory, removeCorruptedStories } from '../../fixtures/corrupt-story.ts';

const NO_BASEMAP: BasemapCollection = { type: 'FeatureCollection', features: [] };
const SOURCE_IDS = ['000', '001', '002', '003', '004'];

// Read independently of the build: the metadata and the article files as bytes on disk.
const sourceMeta = (JSON.parse(readFileSync('geo/sources/sources.json', 'utf8')) as { sources: SourceMeta[] })
  .sources;
const articleText = (sourceId: string): string => {
  const file = sourceMeta.find((s) => s.id === sourceId)?.file;
  return file === undefined ? '' : readFileSync(`geo/sources/${file}`, 'utf8');
};

let out: StoryOutputs;
const claim = (id: string): Claim => {
  const c = out.claims.claims.find((x) => x.id === id);
  if (!c) throw new Error(`no claim ${id}`);
  return c;
};

beforeAll(() => {
  const { story, errors } = readStory('geo');
  expect(errors).toEqual([]);
  out = generate(story, NO_BASEMAP);
});
afterAll(removeCorruptedStories);

describe('claims × articles', () => {
  it('has the listed claims, in order, each with one cell per article in sources order', () => {
    expect(out.claims.claims.map((c) => c.id)).toEqual([
      'deaths',
      'survivors',
      'on-board',
      'aircraft-type',
      'flight-date',
      'cause-weather',
      'cause-bird-strike',
      'diversion-reason',
      'cause-drones',
      'cause-missile',
      'air-defence-system',
      'gps-jamming',
      'external-interference',
      'holes',
      'who-assessed',
      'kremlin-admission',
      'crash-place',
    ]);
    for (const c of out.claims.claims)
      expect(
        c.cells.map((cell) => cell.sourceId),
        c.id,
      ).toEqual(SOURCE_IDS);
  });

  it('quotes every stated cell verbatim at its offsets (re-sliced from the article files)', () => {
    let quotes = 0;
    for (const c of out.claims.claims) {
      for (const cell of c.cells) {
        const article = articleText(cell.sourceId);
        for (const q of cell.quotes) {
          quotes++;
          expect(q.sourceId).toBe(cell.sourceId);
          expect(article.slice(q.start, q.end), `${c.id} (${cell.sourceId})`).toBe(q.text);
        }
      }
    }
    expect(quotes).toBeGreaterThan(50);
  });

  it('gives stated cells at least one quote and silent cells none', () => {
    for (const c of out.claims.claims) {
      for (const cell of c.cells) {
        if (cell.status === 'silent') expect(cell.quotes, `${c.id} (${cell.sourceId})`).toEqual([]);
        else expect(cell.quotes.length, `${c.id} (${cell.sourceId})`).toBeGreaterThan(0);
      }
    }
  });

  it('matches the facts matrix on who is silent', () => {
    const silent = (id: string) =>
      claim(id)
        .cells.filter((c) => c.status === 'silent')
        .map((c) => c.sourceId);
    expect(silent('survivors')).toEqual(['004']);
    expect(silent('on-board')).toEqual(['001', '002', '003']);
    expect(silent('aircraft-type')).toEqual(['001']);
    expect(silent('cause-bird-strike')).toEqual(['000', '001', '002', '004']);
    expect(silent('gps-jamming')).toEqual(['000', '001', '002', '003']);
    expect(silent('air-defence-system')).toEqual(['001', '002', '004']);
    expect(silent('kremlin-admission')).toEqual([]);
  });

  it('flags exactly the seven disagreements, on the right articles, each with a sentence', () => {
    const flagged = Object.fromEntries(
      out.claims.claims
        .map((c) => [c.id, c.cells.filter((cell) => cell.flagged).map((cell) => cell.sourceId)] as const)
        .filter(([, ids]) => ids.length > 0),
    );
    expect(flagged).toEqual({
      survivors: ['002'],
      'aircraft-type': ['002'],
      'diversion-reason': ['000', '002', '003'],
      'cause-drones': ['002'],
      holes: ['000', '003'],
      'kremlin-admission': ['003'],
      'crash-place': ['000', '002', '003'],
    });
    for (const id of Object.keys(flagged)) expect(claim(id).disagreement, id).toMatch(/\w.*\./);
  });

  it.each([
    ['survivors', '002', '28 passengers survived'],
    ['aircraft-type', '002', 'EMBR3.SA'],
    ['holes', '000', "aircraft's nose"],
    ['holes', '003', "plane's tail section"],
    ['kremlin-admission', '003', 'the Kremlin confessed'],
    ['diversion-reason', '000', 'denied landing due to fog'],
    ['diversion-reason', '002', 'due to ongoing Ukrainian drone attacks'],
    ['diversion-reason', '003', 'unknown reasons'],
    ['cause-drones', '002', 'unable to do so due to ongoing Ukrainian drone attacks'],
    ['crash-place', '000', 'in the Aktau city'],
    ['crash-place', '002', 'in Russian airspace'],
    ['crash-place', '003', 'in Russian airspace'],
  ])('the flagged %s cell of %s quotes "%s"', (id, sourceId, words) => {
    const cell = claim(id).cells.find((c) => c.sourceId === sourceId);
    expect(cell?.flagged).toBe(true);
    expect(cell?.quotes.some((q) => q.text.includes(words))).toBe(true);
  });

  it('flags no sentence that is correct: a flagged cell quotes only the words in dispute', () => {
    const flaggedQuotes = (id: string, sourceId: string) =>
      claim(id)
        .cells.filter((c) => c.sourceId === sourceId && c.flagged)
        .flatMap((c) => c.quotes.map((q) => q.text));
    // 003's "stopped short" agrees with the other four; only its "confessed" is in dispute.
    expect(flaggedQuotes('kremlin-admission', '003').join(' ')).not.toMatch(/stopped short/);
    // 002's "air defense systems were actively repelling these attacks" is what the Kremlin said.
    expect(flaggedQuotes('cause-drones', '002').join(' ')).not.toMatch(/actively repelling/);
    // Aliyev's "weather conditions" and Rosaviatsia's bird strike are reported correctly by 003.
    expect(flaggedQuotes('diversion-reason', '003')).toEqual(['but was diverted due to unknown reasons.']);
  });

  it('keeps a remark that is not a disagreement as an unflagged note', () => {
    // One system's family and variant, spelled two ways; and four speakers who do not conflict.
    for (const id of ['air-defence-system', 'external-interference', 'cause-weather']) {
      expect(
        claim(id).cells.filter((c) => c.flagged),
        id,
      ).toEqual([]);
      expect(claim(id).disagreement, id).toBeUndefined();
    }
    expect(claim('air-defence-system').note).toMatch(/Pantsir-S.*Pantsyr-S1.*Not a disagreement/);
    expect(claim('external-interference').note).toMatch(/do not conflict/);
  });

  it('shows the Kremlin echo in the crash-place row, quoting enough of each sentence', () => {
    const words = claim('crash-place').disagreement ?? '';
    expect(words).toMatch(/tragic incident in Russian airspace/);
    expect(words).toMatch(/near the city of Aktau/);
    expect(words).toMatch(/near the coast of Kazakhstan’s Aktau/);
  });

  it('keeps later findings apart from the quotes, dated, sourced and attributed', () => {
    expect(claim('survivors').laterFindings?.[0]?.text).toMatch(/^29 of the 67 on board survived/);
    expect(claim('kremlin-admission').laterFindings?.map((l) => l.date)).toEqual([
      '2025-10-09',
      '2025-10-09',
    ]);
    expect(claim('holes').laterFindings?.map((l) => l.date)).toEqual(['2025-02-04']);
    expect(claim('cause-missile').laterFindings?.map((l) => l.date)).toEqual(['2025-10-09', '2025-12-25']);
    for (const c of out.claims.claims) {
      for (const l of c.laterFindings ?? []) {
        expect(l.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(l.source.label).not.toBe('');
        expect(l.accordingTo, `${c.id}: whose finding`).toMatch(/\w/);
      }
    }
  });

  it("gives Putin's account of 9 October 2025 in his own framing, and the interim report beside it", () => {
    const [putin, interim] = claim('cause-missile').laterFindings ?? [];
    expect(putin?.text).toMatch(/malfunction/);
    expect(putin?.text).toMatch(/self-destructing/);
    expect(putin?.text).toMatch(/most likely from debris/);
    expect(putin?.source.url).toMatch(/^https:\/\/tass\.com\//);
    expect(interim?.text).toMatch(/striking elements/);
    expect(interim?.text).toMatch(/origin could not be determined/);
    // The outlet whose headline inferred "shot down" is no longer the source.
    for (const c of out.claims.claims) {
      for (const l of c.laterFindings ?? []) expect(l.source.url ?? '', c.id).not.toMatch(/report\.az/);
    }
    // "Admitted" is The Independent's word, and it says so.
    const [independent] = claim('kremlin-admission').laterFindings ?? [];
    expect(independent?.accordingTo).toBe('The Independent');
  });

  it('keeps later facts out of the disagreement notes: they say what the articles say', () => {
    // A later fact (the registration, what official findings named) belongs in laterFindings, with a source.
    for (const c of out.claims.claims) {
      expect(c.disagreement ?? '', c.id).not.toMatch(/4K-AZ65|190AR|official finding/);
    }
    expect(claim('aircraft-type').laterFindings?.[0]?.text).toMatch(/E190AR, registration 4K-AZ65/);
    expect(claim('aircraft-type').laterFindings?.[0]?.source.url).toMatch(/^https:\/\/en\.trend\.az\//);
  });

  it('cites for the GPS finding only what its source says (no NOTAMs: Vestnik Kavkaza does not mention them)', () => {
    const [gps] = claim('gps-jamming').laterFindings ?? [];
    expect(gps?.source.publisher).toBe('Vestnik Kavkaza');
    expect(gps?.text).toMatch(/04:26 UTC/);
    expect(gps?.text).not.toMatch(/NOTAM/);
  });
});

describe('findQuote', () => {
  it.each([
    ['once', 'a b c', { text: 'b' }, { ok: true, start: 2, end: 3 }],
    ['the second of two', 'a b a', { text: 'a', occurrence: 2 }, { ok: true, start: 4, end: 5 }],
    [
      'twice, without saying which',
      'a b a',
      { text: 'a' },
      { ok: false, problem: 'quote occurs 2 times; quote more of it or give an "occurrence"' },
    ],
    [
      'an occurrence that is not there',
      'a b a',
      { text: 'a', occurrence: 3 },
      { ok: false, problem: 'occurrence 3 asked for, but the quote occurs 2 time(s)' },
    ],
    ['not at all', 'a b', { text: 'c' }, { ok: false, problem: 'quote not found verbatim' }],
    // No normalising: a straight quote does not match a curly one.
    [
      'curly vs straight',
      'said “yes”',
      { text: 'said "yes"' },
      { ok: false, problem: 'quote not found verbatim' },
    ],
  ])('finds a quote %s', (_name, article, quote, expected) => {
    expect(findQuote(article, quote)).toEqual(expected);
  });
});

describe('passage flags and article metadata', () => {
  const passagesWith = (words: string) => out.passages.filter((p) => p.text.includes(words));

  it('flags the place passages that quote a flagged cell', () => {
    const flagsOf = (words: string) => passagesWith(words).map((p) => p.flags?.map((f) => f.claimId));
    // 002's ticker sentence names Baku, Grozny and the Caspian Sea: one passage, three places.
    expect(flagsOf('The Embraer EMBR3.SA passenger jet')).toEqual([['aircraft-type']]);
    expect(passagesWith('The Embraer EMBR3.SA passenger jet')[0]?.placeIds).toEqual([
      'baku',
      'grozny',
      'caspian-crossing',
    ]);
    expect(flagsOf("holes in the aircraft's nose")).toEqual([['holes']]);
    // 003's "stopped short" sentence is correct: no longer flagged beside "confessed".
    expect(flagsOf('but stopped short of saying one of these hit the plane')).toEqual([undefined]);
    // 002's account of the Kremlin's explanation: why it diverted, and what the Kremlin said.
    expect(flagsOf('The Kremlin further explained')).toEqual([['diversion-reason', 'cause-drones']]);
    const flag = passagesWith('EMBR3.SA')[0]?.flags?.[0];
    expect(flag).toEqual({
      claimId: 'aircraft-type',
      label: 'Aircraft type',
      disagreement: claim('aircraft-type').disagreement,
    });
  });

  it('has no passage for sentences that name no place, so their flags stay in the claims', () => {
    // True of the five articles: 002's survivor count, the Pantsir sentences, 001's fuselage and
    // 003's "confessed" and tail sentences name no gazetteer place.
    for (const words of [
      '28 passengers survived',
      'Pantsir-S',
      'Pantsyr-S1',
      "aircraft's fuselage",
      'the Kremlin confessed',
      "plane's tail section",
    ]) {
      expect(passagesWith(words), words).toEqual([]);
    }
  });

  it('flags a passage only where a flagged quote lies inside one of its citations', () => {
    const flaggedQuotes = out.claims.claims.flatMap((c) =>
      c.cells.filter((cell) => cell.flagged).flatMap((cell) => cell.quotes.map((q) => ({ id: c.id, q }))),
    );
    for (const p of out.passages) {
      const expected = [
        ...new Set(
          flaggedQuotes
            .filter(({ q }) =>
              p.citations.some((c) => c.sourceId === q.sourceId && c.start <= q.start && q.end <= c.end),
            )
            .map(({ id }) => id),
        ),
      ];
      expect(p.flags?.map((f) => f.claimId) ?? [], p.text).toEqual(expected);
    }
  });

  it('lists, per article, the places it names (gazetteer order) and its length in UTF-16 units', () => {
    const byId = new Map(out.sources.sources.map((s) => [s.id, s]));
    for (const id of SOURCE_IDS) expect(byId.get(id)?.length, id).toBe(articleText(id).length);
    // Facts §5: 003 names neither Mozdok nor Vladikavkaz, 001 not the Caspian Sea.
    expect(byId.get('003')?.placeIds).toEqual(['baku', 'grozny', 'caspian-crossing', 'aktau']);
    expect(byId.get('001')?.placeIds).toEqual([
      'baku',
      'grozny',
      'mozdok',
      'vladikavkaz',
      'aktau',
      'crash-site',
    ]);
  });
});

describe('a broken claims.json fails the build, naming the file, the claim and the article', () => {
  type ClaimsJson = { claims: { id: string; disagreement?: string; cells: Record<string, unknown>[] }[] };
  /** Edits the parsed file; the copy is rewritten as plain JSON (its layout does not matter). */
  const editClaims =
    (edit: (claims: ClaimsJson['claims']) => void) =>
    (text: string): string => {
      const json = JSON.parse(text) as ClaimsJson;
      edit(json.claims);
      return JSON.stringify(json, null, 2);
    };
  const cellOf = (claims: ClaimsJson['claims'], id: string, sourceId: string): Record<string, unknown> => {
    const cell = claims.find((c) => c.id === id)?.cells.find((c) => c.sourceId === sourceId);
    if (!cell) throw new Error(`no cell ${id} ${sourceId}`);
    return cell;
  };

  it.each([
    [
      'a quote changed by one character',
      (s: string) => s.replace('"while 28 passengers survived."', '"while 28 passengers survivd."'),
      [
        'claims.json › survivors (002): quote not found verbatim in article 002 (sources/002_09aa32f1bc27768b.txt): "while 28 passengers survivd."',
      ],
    ],
    [
      'a quote that occurs twice (004 repeats its headline)',
      editClaims((claims) => {
        cellOf(claims, 'aircraft-type', '004').quotes = ['Stops Short of Admitting Fault'];
      }),
      [
        'claims.json › aircraft-type (004): quote occurs 2 times; quote more of it or give an "occurrence" in article 004 (sources/004_cd79d1e8e25aaf11.txt): "Stops Short of Admitting Fault"',
      ],
    ],
    [
      'a flag without a disagreement',
      editClaims((claims) => {
        const survivors = claims.find((c) => c.id === 'survivors');
        if (survivors) delete survivors.disagreement;
      }),
      ['claims.json › survivors: has flagged cells but no "disagreement" saying what is wrong'],
    ],
    [
      'a silent cell with a quote, a stated one without',
      editClaims((claims) => {
        cellOf(claims, 'on-board', '001').quotes = ['on Wednesday'];
        cellOf(claims, 'on-board', '004').quotes = [];
      }),
      [
        'claims.json › on-board (001): a silent cell has no quotes',
        'claims.json › on-board (004): a stated cell needs at least one quote',
      ],
    ],
    [
      'a cell for an unknown article instead of one for 004',
      editClaims((claims) => {
        cellOf(claims, 'gps-jamming', '004').sourceId = '005';
      }),
      [
        'claims.json › gps-jamming: unknown source id "005"',
        'claims.json › gps-jamming: no cell for source 004 (say "silent")',
      ],
    ],
    [
      'two cells for one article',
      editClaims((claims) => {
        cellOf(claims, 'deaths', '001').sourceId = '000';
      }),
      [
        'claims.json › deaths: more than one cell for source 000',
        'claims.json › deaths: no cell for source 001 (say "silent")',
        'claims.json › deaths (000): quote not found verbatim in article 000 (sources/000_a2ebb69aecb6d017.txt): "As many as 38 people were killed in the incident"',
      ],
    ],
  ])('%s', (_name, edit, expected) => {
    expect(buildErrors(corruptStory({ 'claims.json': edit }))).toEqual(expected);
  });
});
