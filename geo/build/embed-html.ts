/**
 * embed.html, the embed layout's page, from the built index.html: the same head, scripts and
 * story words, with `<body data-layout="embed">`, which the app reads at boot to render the
 * embed layout. A page of its own rather than a query flag, so its static shell can be the embed's
 * at first paint; derived rather than a second build input, so the app stays one entry module and
 * one chunk graph. Used by vite.config.ts; imports nothing from src/.
 */

/** The attribute the app reads (src/url/embedded.ts). */
export const EMBED_BODY = '<body data-layout="embed">';

/**
 * @example embedHtml('<html><body><div id="root"></div></body></html>')
 *   // '<html><body data-layout="embed"><div id="root"></div></body></html>'
 */
export function embedHtml(indexHtml: string): string {
  const matches = indexHtml.match(/<body(\s[^>]*)?>/g) ?? [];
  if (matches.length !== 1)
    throw new Error('index.html: expected exactly one <body> element to mark as the embed');
  return indexHtml.replace(/<body(\s[^>]*)?>/, EMBED_BODY);
}
