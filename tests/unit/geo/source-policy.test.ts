import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { deniedHost, sourcePolicyProblems } from '../../../geo/build/source-policy.ts';
import { buildErrors, corruptStory, removeCorruptedStories } from '../../fixtures/corrupt-story.ts';

afterAll(removeCorruptedStories);

const OK = { label: 'x', publisher: 'Kursiv', date: '2024-12-26', url: 'https://kz.kursiv.media/en/x' };

describe('source policy', () => {
  it('accepts a dated source at its publisher’s https page, and a derived one', () => {
    expect(sourcePolicyProblems(OK)).toEqual([]);
    expect(sourcePolicyProblems({ label: 'Geometry', derived: true })).toEqual([]);
    expect(
      sourcePolicyProblems({ label: 'Reuters', publisher: 'Reuters', date: '2024-12', readVia: 'a copy' }),
    ).toEqual([]);
  });

  it.each([
    [{ ...OK, url: 'http://airwaysmag.com/x' }, 'url "http://airwaysmag.com/x" must be https'],
    [
      { ...OK, url: 'https://ua.news-pravda.com/en/world/2025/02/05/27408.html' },
      'url "https://ua.news-pravda.com/en/world/2025/02/05/27408.html" is a "Pravda network" disinformation domain; cite the original publisher',
    ],
    [
      { ...OK, url: 'https://pravda-en.com/x' },
      'url "https://pravda-en.com/x" is a "Pravda network" disinformation domain; cite the original publisher',
    ],
    [
      { ...OK, url: 'http://www.algodoo.com/algobox/details/277555' },
      'url "http://www.algodoo.com/algobox/details/277555" must be https',
      'url "http://www.algodoo.com/algobox/details/277555" is a copy site (Wikipedia text); cite the original publisher',
    ],
    [
      { ...OK, url: 'https://example.org/forums/index.php?threads/x.1/' },
      'url "https://example.org/forums/index.php?threads/x.1/" looks like a forum thread; cite the original publisher',
    ],
    [{ label: 'Reuters' }, '"Reuters" needs a "publisher"', '"Reuters" needs a "date"'],
    [{ ...OK, date: '28 Dec' }, 'date "28 Dec" must be YYYY-MM-DD, YYYY-MM, YYYY or "undated"'],
    [{ label: 'g', derived: true, url: 'https://x.org/' }, 'a derived (computed) source has no address'],
  ])('names what is wrong with %j', (source, ...problems) => {
    expect(sourcePolicyProblems(source)).toEqual(problems);
  });

  it('denies a host and its subdomains, not look-alikes', () => {
    expect(deniedHost('ua.news-pravda.com')).toMatch(/Pravda network/);
    expect(deniedHost('www.pravda.com.ua')).toBeNull(); // Ukrainska Pravda is a real outlet
    expect(deniedHost('internationalskeptics.com')).toBe('a forum');
    expect(deniedHost('notalgodoo.com')).toBeNull();
    // An aggregator that rewrites other outlets' reports (it was the only source of a time once).
    expect(deniedHost('hubu.news')).toMatch(/aggregator/);
  });

  it('holds for every source link in the story: https, at a publisher, never a denied host', () => {
    const urls = ['timeline.json', 'claims.json', 'gazetteer.json', 'route.json']
      .flatMap((f) => [...readFileSync(`geo/${f}`, 'utf8').matchAll(/"url": "([^"]+)"/g)])
      .map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThan(20);
    for (const url of urls) {
      expect(url, url).toMatch(/^https:\/\//);
      expect(deniedHost(new URL(url).hostname), url).toBeNull();
    }
  });

  it('fails the build, naming file and item, on a Pravda-network link', () => {
    const dir = corruptStory({
      'timeline.json': (t) =>
        t.replace(
          'https://en.vestikavkaza.ru/material/173274',
          'https://ua.news-pravda.com/en/world/2025/02/05/27408.html',
        ),
    });
    const errors = buildErrors(dir);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(
      /^timeline\.json › gps-lost: source policy: url "https:\/\/ua\.news-pravda\.com\/.*" is a "Pravda network" disinformation domain/,
    );
  });
});
