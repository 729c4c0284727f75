/**
 * Where the generated story data lives, relative to the page. Vite's BASE_URL is './' in the
 * build, so the same dist/ works from any sub-path.
 */
export function dataUrl(path: string): string {
  return new URL(`data/${path}`, new URL(import.meta.env.BASE_URL, document.baseURI)).href;
}
