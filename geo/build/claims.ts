/**
 * Claims × articles (pure). Quotes are authored as text; their offsets are found here, so a quote
 * that drifts from its article (or an article edited under a quote) cannot go unnoticed.
 */
import type { Claim, ClaimCell, ClaimsFile, Passage, PassageFlag, Quote } from '../schema.ts';
import type { ClaimSpec, QuoteSpec, Story } from './read-story.ts';

export type FoundQuote = { ok: true; start: number; end: number } | { ok: false; problem: string };

/** All start offsets of `text` in `article`, overlapping ones included. */
function occurrences(article: string, text: string): number[] {
  const at: number[] = [];
  for (let i = article.indexOf(text); i !== -1; i = article.indexOf(text, i + 1)) at.push(i);
  return at;
}

/**
 * Where a quote sits in its article: it must occur exactly once, or `occurrence` must say which.
 *
 * @example findQuote('a b a', { text: 'a', occurrence: 2 }) // { ok: true, start: 4, end: 5 }
 */
export function findQuote(article: string, quote: QuoteSpec): FoundQuote {
  const at = occurrences(article, quote.text);
  if (at.length === 0) return { ok: false, problem: 'quote not found verbatim' };
  if (quote.occurrence === undefined) {
    if (at.length > 1) {
      return {
        ok: false,
        problem: `quote occurs ${at.length} times; quote more of it or give an "occurrence"`,
      };
    }
  } else if (!Number.isInteger(quote.occurrence) || quote.occurrence < 1 || quote.occurrence > at.length) {
    return {
      ok: false,
      problem: `occurrence ${quote.occurrence} asked for, but the quote occurs ${at.length} time(s)`,
    };
  }
  const start = at[(quote.occurrence ?? 1) - 1] ?? -1;
  return { ok: true, start, end: start + quote.text.length };
}

function cellOf(spec: ClaimSpec['cells'][number], article: string): ClaimCell {
  const quotes = spec.quotes.flatMap((q): Quote[] => {
    const found = findQuote(article, q);
    return found.ok ? [{ sourceId: spec.sourceId, text: q.text, start: found.start, end: found.end }] : [];
  });
  return {
    sourceId: spec.sourceId,
    status: spec.status,
    quotes,
    ...(spec.gist === undefined ? {} : { gist: spec.gist }),
    ...(spec.flagged ? { flagged: true } : {}),
  };
}

/** The claims file: one cell per source, in the order of sources.json; quotes carry their offsets. */
export function resolveClaims(story: Story): ClaimsFile {
  const order = story.sources.map((s) => s.id);
  const claims = story.claims.map((spec): Claim => {
    const cells = order.flatMap((sourceId) => {
      const cell = spec.cells.find((c) => c.sourceId === sourceId);
      const article = story.articles.get(sourceId);
      return cell && article !== undefined ? [cellOf(cell, article)] : [];
    });
    return {
      id: spec.id,
      label: spec.label,
      cells,
      ...(spec.disagreement === undefined ? {} : { disagreement: spec.disagreement }),
      ...(spec.note === undefined ? {} : { note: spec.note }),
      ...(spec.laterFindings === undefined ? {} : { laterFindings: spec.laterFindings }),
    };
  });
  return { claims };
}

/**
 * The flagged disagreements a passage quotes: a flagged cell's quote lies inside one of the passage's
 * citations (same article, offsets within). One flag per claim, in the order of the claims.
 */
export function passageFlags(passage: Passage, claims: ClaimsFile): PassageFlag[] {
  return claims.claims.flatMap((claim): PassageFlag[] => {
    if (claim.disagreement === undefined) return [];
    const quoted = claim.cells.some(
      (cell) =>
        cell.flagged === true &&
        cell.quotes.some((q) =>
          passage.citations.some((c) => c.sourceId === q.sourceId && c.start <= q.start && q.end <= c.end),
        ),
    );
    return quoted ? [{ claimId: claim.id, label: claim.label, disagreement: claim.disagreement }] : [];
  });
}
