import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storyHead } from '../../../geo/build/index-html.ts';
import type { StoryMeta } from '../../../geo/schema.ts';
import { FALLBACK_META, parseStoryMeta, STORY_META_NAME } from '../../../src/story/story-meta.ts';

const template = readFileSync('index.html', 'utf8');
const meta: StoryMeta = {
  ...FALLBACK_META,
  title: 'The Ferry of Nowhere',
  pageTitle: 'Ferry <of> “Nowhere” & co',
  description: 'A "quoted" description </script><script>alert(1)</script>',
  standfirst: 'Three ports.',
};

/** The meta element's content, as the browser's parser would give it to getAttribute. */
function dataBlock(html: string): string | undefined {
  const m = new RegExp(`<meta name="${STORY_META_NAME}" content="([^"]*)" />`).exec(html);
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };
  return m?.[1]?.replace(/&(amp|lt|gt|quot);/g, (e) => entities[e] ?? e);
}

describe('storyHead (index.html at build time)', () => {
  it('writes the story’s page title and description into the head, escaped', () => {
    const html = storyHead(template, meta);
    expect(html).toContain('<title>Ferry &lt;of&gt; “Nowhere” &amp; co</title>');
    expect(html).toContain('<meta name="description" content="A &quot;quoted&quot; description');
    expect(html.match(/<title>/g)).toHaveLength(1);
  });

  it('embeds the story’s words so the app reads back exactly what the build wrote, even hostile text', () => {
    const html = storyHead(template, meta);
    // Nothing in the data can end the attribute early or add markup: no raw quote or bracket.
    expect(html).not.toContain('</script><script>');
    expect(parseStoryMeta(dataBlock(html))).toEqual({ meta, problem: null });
  });

  it('fails clearly on a page without a title to fill', () => {
    expect(() => storyHead('<html><head></head></html>', meta)).toThrow(/title/);
  });

  it('the app says so and falls back to neutral words when the block is missing or broken', () => {
    expect(parseStoryMeta(undefined)).toMatchObject({ meta: FALLBACK_META, problem: expect.any(String) });
    expect(parseStoryMeta('{"title": 3}')).toMatchObject({ meta: FALLBACK_META, problem: /incomplete/ });
    expect(parseStoryMeta('{')).toMatchObject({ meta: FALLBACK_META, problem: /JSON/ });
    // The map is created with the opening bounds before any data: bounds it cannot use are refused.
    for (const openingBounds of [
      ['a', 1, 2, 3],
      [10, 0, 5, 1],
      [0, 0, 1],
      [0, -100, 1, 1],
    ])
      expect(parseStoryMeta(JSON.stringify({ ...meta, openingBounds }))).toMatchObject({
        meta: FALLBACK_META,
        problem: /incomplete/,
      });
  });
});
