/**
 * The words of an exported still, from the story's data: title, legend for what is visible,
 * the open place with its articles cited, credits, permalink. Pure (the map palette, passages and
 * address are passed in).
 */
import type { EvidenceFile, Passage, RouteProperties, SourceMeta, StoryMeta } from '../../geo/schema.ts';
import { EVIDENCE_SWATCHES, type Palette as MapPalette } from '../map/style.ts';
import { evidenceLegend } from '../story/evidence-legend.ts';
import type { LayerId } from '../story/model.ts';
import { articleName } from '../ui/article-names.ts';
import { formatDate } from '../ui/Citation.tsx';
import type { ImageText } from './compose-image.ts';

/** One article as a still cites it: headline, outlet (where the article names one), date. */
export function citeArticle(source: SourceMeta, passages: number): string {
  const parts = [`“${source.headline}”`, source.outlet, formatDate(source.date)].filter(Boolean);
  return `${parts.join(', ')}${passages > 1 ? ` (${passages} passages)` : ''}`;
}

export interface ImageTextInput {
  meta: StoryMeta;
  colors: MapPalette;
  layers: Readonly<Record<LayerId, boolean>>;
  /** The route's segments, so the legend names only the kinds of line drawn. */
  segments: readonly RouteProperties[];
  /** The flown path by its evidence: the legend names each kind of evidence drawn. */
  evidence?: EvidenceFile | null | undefined;
  /** The open place and its passages, when one is open. */
  place?: { name: string; passages: readonly Passage[] } | undefined;
  sources: ReadonlyMap<string, SourceMeta>;
  permalink: string;
}

export function imageText(input: ImageTextInput): ImageText {
  const { meta, colors: c, layers, segments, sources } = input;
  const label = meta.legend;
  const flown = (p: RouteProperties['precision']) =>
    segments.some((s) => s.kind === 'flown' && s.precision === p && !s.drawnByEvidence);
  const kinds = evidenceLegend(input.evidence).map(({ kind }) => {
    const dash = EVIDENCE_SWATCHES[kind.line].dash;
    return {
      label: kind.legend,
      swatch: { kind: 'line', color: c.flown, ...(dash ? { dash } : {}) },
    } as const;
  });
  const legend: ImageText['legend'] = [
    { label: label.place, swatch: { kind: 'dot', color: c.place } },
    { label: label.context, swatch: { kind: 'dot', color: c.context } },
    ...(layers.drones ? [{ label: label.drones, swatch: { kind: 'ring', color: c.drone } } as const] : []),
    ...(layers.route
      ? [
          { label: label.planned, swatch: { kind: 'line', color: c.planned, dash: [1, 5] } } as const,
          ...(flown('exact')
            ? [{ label: label.flownExact, swatch: { kind: 'line', color: c.flown } } as const]
            : []),
          ...(flown('approximate')
            ? [
                {
                  label: label.flownApproximate,
                  swatch: { kind: 'line', color: c.flown, dash: [6, 4] },
                } as const,
              ]
            : []),
          ...kinds,
        ]
      : []),
    { label: label.placeLine, swatch: { kind: 'line', color: c.place } },
  ];

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
