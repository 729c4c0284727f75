/**
 * index.html's story-specific head, from the built data/story.json: the <title>, the meta
 * description, and the story's words as JSON in a <meta> the app reads at boot. A meta element,
 * not a JSON <script> block: the page keeps no inline script at all (the CSP tests hold it to
 * that), and the title and standfirst are there even when every data file fails to load.
 * Used by vite.config.ts; imports nothing from src/.
 */
import type { StoryMeta } from '../schema.ts';

/** The name of the meta element; src/story/story-meta.ts reads it. */
export const STORY_META_NAME = 'story-meta';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Fills `<title>`, `<meta name="description">` and the story's data block into index.html.
 *
 * @example storyHead('<title></title><meta name="description" content="" />', meta)
 */
export function storyHead(html: string, meta: StoryMeta): string {
  const out = html
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(meta.pageTitle)}</title>`)
    .replace(
      /<meta name="description" content="[^"]*" \/>/,
      `<meta name="description" content="${escapeHtml(meta.description)}" />`,
    )
    .replace(
      '</head>',
      `  <meta name="${STORY_META_NAME}" content="${escapeHtml(JSON.stringify(meta))}" />\n  </head>`,
    );
  if (!out.includes(`<title>${escapeHtml(meta.pageTitle)}</title>`) || !out.includes('name="description"'))
    throw new Error('index.html: no <title> or <meta name="description"> to fill in');
  return out;
}
