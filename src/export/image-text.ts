/**
 * The words of an exported still, from the story's data: title, legend for what is visible,
 * the open place with its articles cited, credits, permalink. Pure (the map palette, passages and
 * address are passed in).
 */
import type { Passage, SourceMeta, StoryMeta } from '../../geo/schema.ts';
import { type LegendData, legendEntries } from '../map/layer-registry.ts';
import type { Palette } from '../map/palette.ts';
import { articleName, formatDate } from '../story/article-names.ts';
import type { ImageText } from './compose-image.ts';

/** One article as a still cites it: headline, outlet (where the article names one), date. */
export function citeArticle(source: SourceMeta, passages: number): string {
  const parts = [`“${source.headline}”`, source.outlet, formatDate(source.date)].filter(Boolean);
  return `${parts.join(', ')}${passages > 1 ? ` (${passages} passages)` : ''}`;
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
}

export function imageText(input: ImageTextInput): ImageText {
  const { meta, colors, sources } = input;
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
      return s ? [citeArticle(s, n)] : [];
    });
    place = { name: input.place.name, citations };
  }

  const publishers = [...new Set([...sources.values()].map(articleName))];
  const credits = [
    meta.credits,
    ...(publishers.length > 0 ? [`Articles: ${publishers.join('; ')}.`] : []),
  ].filter(Boolean);
  return { title: meta.title, legend, place, credits, permalink: input.permalink };
}
