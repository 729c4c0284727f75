/**
 * index.html's story-specific head, from the built data/story.json: the <title>, the meta
 * description, and the story's words as a JSON data block the app reads at boot. A data block
 * (type="application/json") is never executed, so the strict CSP (script-src 'self') allows it,
 * and the title and standfirst are there even when every data file fails to load.
 * Used by vite.config.ts; imports nothing from src/.
 */
import type { StoryMeta } from '../schema.ts';

/** The id of the data block; src/story/story-meta.ts reads it. */
export const STORY_META_ELEMENT_ID = 'story-meta';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON that cannot close its <script> element or open a comment: `<` always escaped. */
const safeJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

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
      `  <script type="application/json" id="${STORY_META_ELEMENT_ID}">${safeJson(meta)}</script>\n  </head>`,
    );
  if (!out.includes(`<title>${escapeHtml(meta.pageTitle)}</title>`) || !out.includes('name="description"'))
    throw new Error('index.html: no <title> or <meta name="description"> to fill in');
  return out;
}
