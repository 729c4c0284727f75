import type { SourceMeta } from '../../geo/schema.ts';
import type { Translate } from '../i18n/catalog.ts';

/** Words of a headline kept when it stands for its article in a heading or a sentence. */
const HEADLINE_WORDS = 5;

/**
 * What to call an article where there is no room for its citation: its outlet where it names one,
 * else its headline, shortened (… marks a cut). Both from the articles' metadata, never typed here.
 */
export function articleName(source: SourceMeta, t: Translate): string {
  if (source.outlet) return source.outlet;
  const words = source.headline.split(/\s+/);
  if (words.length <= HEADLINE_WORDS) return t('citation.headline', { headline: source.headline });
  const cut = words
    .slice(0, HEADLINE_WORDS)
    .join(' ')
    .replace(/[,;:]$/, '');
  return t('citation.headlineCut', { headline: cut });
}

/**
 * A note that names articles by id ("002 says 28 survived") with the articles named instead.
 * Only whole-word ids of known articles are replaced, so numbers in the note stay as they are.
 */
export function nameArticles(note: string, sources: readonly SourceMeta[], t: Translate): string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return note.replace(/(?<![\w.,])\d+(?![\w.,]\d)/g, (id) => {
    const s = byId.get(id);
    return s ? articleName(s, t) : id;
  });
}
