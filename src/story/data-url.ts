/**
 * Where the generated story data lives, relative to the page. Vite's BASE_URL is './' in the
 * build, so the same dist/ works from any sub-path.
 *
 * A page in another language than the story's reads that language's copy of each file it has
 * (data/<lang>/<file>, same name and shape: geo/README.md, "Translations") and every other file
 * from data/ itself. The page's first module says which, once, before any file is asked for.
 */
let translated: { lang: string; files: ReadonlySet<string> } | null = null;

/** The page's language and the data files it has its own copy of (none: the story's language). */
export function setTranslatedData(lang: string, files: readonly string[]): void {
  translated = files.length > 0 ? { lang, files: new Set(files) } : null;
}

/** The address of a data file, in the page's language when it has its own copy. */
export function dataUrl(path: string): string {
  const file = translated?.files.has(path) ? `${translated.lang}/${path}` : path;
  return new URL(`data/${file}`, new URL(import.meta.env.BASE_URL, document.baseURI)).href;
}

/** The `<meta>` a page in another language carries: `{ "lang": "ru", "files": [...] }`. */
export const DATA_LANGUAGE_NAME = 'story-data-language';

/** The page's own copies of data files, as its `<meta>` lists them; none when it has none or it is unreadable. */
export function readDataLanguage(doc: Document = document): { lang: string; files: string[] } | null {
  const content = doc.querySelector(`meta[name="${DATA_LANGUAGE_NAME}"]`)?.getAttribute('content');
  if (!content) return null;
  try {
    const v = JSON.parse(content) as unknown;
    if (typeof v !== 'object' || v === null) return null;
    const { lang, files } = v as { lang?: unknown; files?: unknown };
    if (typeof lang !== 'string' || !Array.isArray(files) || !files.every((f) => typeof f === 'string'))
      return null;
    return { lang, files };
  } catch {
    return null;
  }
}
