import type { SourceMeta } from '../../geo/schema.ts';

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** An article's date as the page writes it ("28 December 2024"). */
export function formatDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : DATE.format(d);
}

/** Words of a headline kept when it stands for its article in a heading or a sentence. */
const HEADLINE_WORDS = 5;

/**
 * What to call an article where there is no room for its citation: its outlet where it names one,
 * else its headline, shortened (… marks a cut). Both from the articles' metadata, never typed here.
 */
export function articleName(source: SourceMeta): string {
  if (source.outlet) return source.outlet;
  const words = source.headline.split(/\s+/);
  if (words.length <= HEADLINE_WORDS) return `“${source.headline}”`;
  const cut = words
    .slice(0, HEADLINE_WORDS)
    .join(' ')
    .replace(/[,;:]$/, '');
  return `“${cut}…”`;
}

/**
 * A note that names articles by id ("002 says 28 survived") with the articles named instead.
 * Only whole-word ids of known articles are replaced, so numbers in the note stay as they are.
 */
export function nameArticles(note: string, sources: readonly SourceMeta[]): string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return note.replace(/(?<![\w.,])\d+(?![\w.,]\d)/g, (id) => {
    const s = byId.get(id);
    return s ? articleName(s) : id;
  });
}
