import { type ReactNode, useEffect, useRef } from 'react';
import type { Claim, ClaimCell, SourceMeta } from '../../geo/schema.ts';
import { loadClaims } from '../story/load-story.ts';
import { ArticleDate, formatDate } from './Citation.tsx';
import { FactSourceLink } from './FactSourceLink.tsx';
import { OverlayHeader } from './OverlayHeader.tsx';
import { useStoryMeta } from './story-meta.ts';
import { useLoaded } from './useLoaded.ts';

interface Props {
  sources: readonly SourceMeta[];
  /** The href that opens an article at a quote (a permalink). */
  articleHref: (sourceId: string, start: number, end: number) => string;
  closeHref: string;
}

function Cell({
  cell,
  articleHref,
}: {
  cell: ClaimCell | undefined;
  articleHref: Props['articleHref'];
}): ReactNode {
  if (!cell || cell.status === 'silent') return <td className="silent">Not stated</td>;
  return (
    <td className={cell.flagged ? 'flagged' : undefined}>
      {cell.flagged ? (
        <p className="flag">
          <span aria-hidden="true">⚑ </span>Disagrees
        </p>
      ) : null}
      {cell.quotes.map((q) => (
        <blockquote key={`${q.start}-${q.end}`}>
          <a href={articleHref(q.sourceId, q.start, q.end)}>{q.text}</a>
        </blockquote>
      ))}
      {cell.gist ? <p className="gist">{cell.gist}</p> : null}
    </td>
  );
}

function Row({ claim, sources, articleHref }: { claim: Claim } & Omit<Props, 'closeHref'>): ReactNode {
  return (
    <tr className={claim.disagreement ? 'disagreement' : undefined}>
      <th scope="row">
        {claim.label}
        {claim.disagreement ? (
          <p className="flag">
            <span aria-hidden="true">⚑ </span>
            <span className="visually-hidden">Disagreement: </span>
            {claim.disagreement}
          </p>
        ) : null}
      </th>
      {sources.map((s) => (
        <Cell key={s.id} cell={claim.cells.find((c) => c.sourceId === s.id)} articleHref={articleHref} />
      ))}
      <td className="later">
        {claim.laterFindings?.length ? (
          <ul>
            {claim.laterFindings.map((f) => (
              <li key={`${f.date}-${f.text}`}>
                <time dateTime={f.date}>{formatDate(f.date)}</time>: {f.text}{' '}
                <span className="source">
                  (
                  <FactSourceLink source={f.source} />)
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <span className="none">—</span>
        )}
      </td>
    </tr>
  );
}

/**
 * Claims × articles: each cell the article's own words (verified at build time, and a link into
 * the article) or "Not stated". Disagreements are flagged in words, not only in colour. Later
 * official findings stand in their own column, never among the quotes.
 */
export default function ClaimsView({ sources, articleHref, closeHref }: Props): ReactNode {
  const words = useStoryMeta().claims;
  const loaded = useLoaded(loadClaims);
  const claims = loaded.state === 'ready' ? loaded.value : null;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opened from a link in the panel: take the reader (and their screen reader) to the table.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="overlay claims" aria-labelledby="claims-title">
      <OverlayHeader
        headingId="claims-title"
        title={words.title}
        closeHref={closeHref}
        headingRef={headingRef}
      />
      <p className="hint">
        Each cell quotes the article verbatim (follow a quote to read it in context) or says it is not stated.
        <span aria-hidden="true"> ⚑</span> marks where the articles disagree. The last column is not from the
        articles: it is what official findings established later.
      </p>
      {claims === null ? <p aria-live="polite">Loading the claims…</p> : null}
      {claims && !claims.ok ? <p role="alert">The claims could not be loaded ({claims.error}).</p> : null}
      {claims?.ok ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it.
        <section className="table-scroll" tabIndex={0} aria-label="Claims table">
          <table>
            <caption className="visually-hidden">{words.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{words.rowHeader}</th>
                {sources.map((s) => (
                  <th scope="col" key={s.id} title={s.headline}>
                    {words.sourceColumn} {s.id}
                    <span className="col-sub">
                      {s.outlet ?? s.byline ?? ''} <ArticleDate source={s} />
                    </span>
                  </th>
                ))}
                <th scope="col" className="later">
                  {words.laterColumn}
                </th>
              </tr>
            </thead>
            <tbody>
              {claims.value.claims.map((c) => (
                <Row key={c.id} claim={c} sources={sources} articleHref={articleHref} />
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </section>
  );
}
