/**
 * The words of an exported still, from the story's data: title, legend for what is visible,
 * the open place with its articles cited, credits, permalink. Pure (the map palette, passages and
 * address are passed in).
 */
import type { Passage, SourceMeta, StoryMeta } from '../../geo/schema.ts';
import type { Translate } from '../i18n/catalog.ts';
import { longDate } from '../i18n/format.ts';
import { type LegendData, legendEntries } from '../map/layer-registry.ts';
import type { Palette } from '../map/palette.ts';
import { articleName } from '../story/article-names.ts';
import type { ImageText } from './compose-image.ts';

/** One article as a still cites it: headline, outlet (where the article names one), date. */
export function citeArticle(source: SourceMeta, passages: number, t: Translate): string {
  const headline = t('citation.headline', { headline: source.headline });
  const citation = [headline, source.outlet, longDate(t.lang, source.date)].filter(Boolean).join(', ');
  // Quoted once, the citation says no more; more often, how often.
  return passages > 1 ? t('image.quoted', { citation, count: passages }) : citation;
}

export interface ImageTextInput {
  meta: StoryMeta;
  colors: Palette;
  /** Which of the story's layers are shown: the legend explains those only. */
  shown: Readonly<Record<string, boolean>>;
  /** The layers' loaded data, so the legend names only the kinds of line drawn. */
  legend: LegendData;
  /** The open place and its passages, when one is open. */
  place?: { name: string; passages: readonly Passage[] } | undefined;
  sources: ReadonlyMap<string, SourceMeta>;
  permalink: string;
  t: Translate;
}

export function imageText(input: ImageTextInput): ImageText {
  const { meta, colors, sources, t } = input;
  // The page's legend entries, for what is shown: the same swatches, from the layer registry.
  const legend = legendEntries(meta, colors, input.legend, input.shown).map(({ label, swatch }) => ({
    label,
    swatch,
  }));

  let place: ImageText['place'];
  if (input.place) {
    // Articles in the order the passages first cite them, each once, with how often it is quoted.
    const count = new Map<string, number>();
    for (const p of input.place.passages)
      for (const cite of p.citations) count.set(cite.sourceId, (count.get(cite.sourceId) ?? 0) + 1);
    const citations = [...count].flatMap(([id, n]) => {
      const s = sources.get(id);
      return s ? [citeArticle(s, n, t)] : [];
    });
    place = { name: input.place.name, citations };
  }

  const publishers = [...new Set([...sources.values()].map((s) => articleName(s, t)))];
  const credits = [
    meta.credits,
    ...(publishers.length > 0 ? [t('image.articles', { publishers: publishers.join('; ') })] : []),
  ].filter(Boolean);
  const legendHeading = t('image.legend');
  return { title: meta.title, legendHeading, legend, place, credits, permalink: input.permalink };
}
