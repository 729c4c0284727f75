import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyHead } from '../../../geo/build/index-html.ts';
import { buildStory, writeOutput } from '../../../geo/build/main.ts';
import { formatError } from '../../../geo/build/story-error.ts';
import type { PlacePassages, StoryMeta } from '../../../geo/schema.ts';
import { metaFromHtml, prerender } from '../../../src/prerender.tsx';

// The synthetic test story, built by the real pipeline into a dist-like folder, then prerendered.
let dist: string;
let meta: StoryMeta;
const TEMPLATE = `<!doctype html><html><head><title></title><meta name="description" content="" /></head>
<body><div id="root"></div><!-- /root --><script type="module" src="./assets/index.js"></script></body></html>`;

beforeAll(() => {
  const result = buildStory('tests/fixtures/story');
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  dist = mkdtempSync(join(tmpdir(), 'prerender-'));
  writeOutput(join(dist, 'data'), result.files);
  meta = JSON.parse(readFileSync(join(dist, 'data', 'story.json'), 'utf8')) as StoryMeta;
  writeFileSync(join(dist, 'index.html'), storyHead(TEMPLATE, meta));
  // Vite's manifest, as the build writes it: the boot chunk and the chunk it imports.
  mkdirSync(join(dist, '.vite'));
  writeFileSync(
    join(dist, '.vite', 'manifest.json'),
    JSON.stringify({
      'src/boot.tsx': { file: 'assets/boot.js', imports: ['_react.js'] },
      '_react.js': { file: 'assets/react.js' },
    }),
  );
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const text = (html: string) =>
  html
    .replace(/<!-- -->/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('the prerendered page', () => {
  it('reads the story’s words back from the page exactly as the app does', () => {
    const read = metaFromHtml(readFileSync(join(dist, 'index.html'), 'utf8'));
    expect(read.problem).toBeNull();
    expect(read.meta).toEqual(meta);
  });

  it('holds the title, the standfirst, the places with their counts, and every passage with its citation', () => {
    prerender(dist);
    const html = text(readFileSync(join(dist, 'index.html'), 'utf8'));
    expect(html).toContain(`<h1>${text(meta.title)}</h1>`);
    expect(html).toContain(meta.standfirst.slice(0, 60));
    const places = JSON.parse(readFileSync(join(dist, 'data', 'places.geojson'), 'utf8')) as {
      features: { properties: { id: string; name: string; main?: boolean } }[];
    };
    const { sources } = JSON.parse(readFileSync(join(dist, 'data', 'sources.json'), 'utf8')) as {
      sources: { id: string; headline: string }[];
    };
    const noscript = html.slice(html.indexOf('<noscript>'), html.indexOf('</noscript>'));
    expect(noscript.length).toBeGreaterThan(0);
    for (const { properties: p } of places.features) {
      const file = JSON.parse(
        readFileSync(join(dist, 'data', 'passages', `${p.id}.json`), 'utf8'),
      ) as PlacePassages;
      if (p.main) expect(html).toContain(`>${p.name}</button>`);
      expect(noscript).toContain(`<h3 id="heading-${p.id}" tabindex="-1">${p.name}</h3>`);
      for (const passage of file.passages) {
        expect(noscript).toContain(`<blockquote lang="en">${passage.text}</blockquote>`);
        for (const c of passage.citations)
          expect(noscript).toContain(text(sources.find((s) => s.id === c.sourceId)?.headline ?? '?'));
      }
    }
  });

  it('can run again on its own output (a re-deploy with new data) and gives the same page', () => {
    prerender(dist);
    const once = readFileSync(join(dist, 'index.html'), 'utf8');
    prerender(dist);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe(once);
    expect(once.match(/<div id="root">/g)).toHaveLength(1);
  });

  it('writes each page in each language, each saying its language and linking to the others', () => {
    prerender(dist);
    prerender(dist);
    const en = readFileSync(join(dist, 'index.html'), 'utf8');
    const ru = readFileSync(join(dist, 'index.ru.html'), 'utf8');
    const textRu = readFileSync(join(dist, 'story.ru.html'), 'utf8');
    expect(en).toMatch(/^<!doctype html><html lang="en">/);
    expect(ru).toMatch(/^<!doctype html><html lang="ru">/);
    expect(textRu).toMatch(/^<!doctype html><html lang="ru">/);
    const alternates = [
      '<link rel="alternate" hreflang="en" href="./index.html">',
      '<link rel="alternate" hreflang="ru" href="./index.ru.html">',
      '<link rel="alternate" hreflang="x-default" href="./index.html">',
    ];
    // Once each, however often the prerender ran.
    for (const html of [en, ru]) expect(html.match(/<link rel="alternate"[^>]*>/g)).toEqual(alternates);
    expect(textRu.match(/<link rel="alternate"[^>]*>/g)).toEqual(
      alternates.map((l) => l.replace(/index/g, 'story')),
    );
    // The explorer's own words in the page's language; the articles' words as they are, marked English.
    expect(text(ru)).toContain('<nav aria-label="Места" class="places">');
    expect(text(ru)).toContain('Статьи цитируются на английском языке');
    expect(text(en)).not.toContain('Статьи цитируются');
    expect(ru).toContain('<blockquote lang="en">');
    expect(text(textRu)).toContain('Статьи цитируются на английском языке');
  });

  it('prefetches the app’s chunks once each, for when the map has drawn', () => {
    prerender(dist);
    prerender(dist);
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(html.match(/<link rel="prefetch"[^>]*>/g)).toEqual([
      '<link rel="prefetch" href="./assets/boot.js">',
      '<link rel="prefetch" href="./assets/react.js">',
    ]);
  });

  it('has no inline script: the data it needs to hydrate are files', () => {
    prerender(dist);
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" src="./assets/index.js">']);
  });

  it('writes the whole story as a text page, and links to it instead of inlining a story too long', () => {
    prerender(dist, 0);
    const html = text(readFileSync(join(dist, 'index.html'), 'utf8'));
    const noscript = html.slice(html.indexOf('<noscript>'), html.indexOf('</noscript>'));
    expect(noscript).toContain('<a href="./story.html">Read the whole story as text</a>');
    expect(noscript).not.toContain('<blockquote');
    const page = text(readFileSync(join(dist, 'story.html'), 'utf8'));
    expect(page).not.toMatch(/<script\b/);
    expect(page).not.toMatch(/rel="(?:modulepreload|preload|prefetch)"/);
    expect(page).toContain(`<h1>${text(meta.title)}</h1>`);
    const places = JSON.parse(readFileSync(join(dist, 'data', 'places.geojson'), 'utf8')) as {
      features: { properties: { id: string } }[];
    };
    let quotes = 0;
    for (const { properties: p } of places.features) {
      const file = JSON.parse(
        readFileSync(join(dist, 'data', 'passages', `${p.id}.json`), 'utf8'),
      ) as PlacePassages;
      for (const x of file.passages) expect(page).toContain(`<blockquote lang="en">${x.text}</blockquote>`);
      quotes += file.passages.length;
    }
    expect(quotes).toBeGreaterThan(0);
    prerender(dist);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('<blockquote lang="en">');
  });

  it('names the file when there is nothing to prerender into', () => {
    const bad = mkdtempSync(join(tmpdir(), 'prerender-bad-'));
    writeFileSync(join(bad, 'index.html'), '<html><body></body></html>');
    expect(() => prerender(bad)).toThrow(/index\.html: no <div id="root">/);
    rmSync(bad, { recursive: true, force: true });
  });
});
