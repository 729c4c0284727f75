import { type ReactNode, useCallback, useEffect, useRef } from 'react';
import type { Claim, ClaimCell, SourceMeta } from '../../geo/schema.ts';
import { longDate } from '../i18n/format.ts';
import { Rich } from '../i18n/Rich.tsx';
import { useT } from '../i18n/useT.ts';
import { articleName, nameArticles } from '../story/article-names.ts';
import { loadClaims } from '../story/load-story.ts';
import { useLoaded } from '../story/useLoaded.ts';
import { goToHash, mayTakeFocus } from '../url/embedded.ts';
import { DEFAULT_LANG } from '../url/pages.ts';
import { ArticleDate } from './ArticleCitation.tsx';
import { FactSourceLink } from './FactSourceLink.tsx';
import { OverlayHeader } from './OverlayHeader.tsx';
import { ESCAPE_LAYER, useEscapeStack, useReturnFocus } from './useEscapeStack.ts';
import { useStoryMeta } from './useStoryMeta.ts';

interface Props {
  sources: readonly SourceMeta[];
  /** The href that opens an article at a quote (a permalink). */
  articleHref: (sourceId: string, start: number, end: number) => string;
  closeHref: string;
  /** An article is open over it: kept (with its scroll and the link that opened the article), but inert. */
  covered?: boolean;
}

/** One article's words on one claim: its quotes (each a link into the article), or "Not stated". */
function Words({
  cell,
  articleHref,
}: {
  cell: ClaimCell | undefined;
  articleHref: Props['articleHref'];
}): ReactNode {
  const t = useT();
  if (!cell || cell.status === 'silent') return t('claims.notStated');
  return (
    <>
      {cell.flagged ? (
        <p className="flag">
          <span aria-hidden="true">⚑ </span>
          {t('claims.disagrees')}
        </p>
      ) : null}
      {cell.quotes.map((q) => (
        <blockquote key={`${q.start}-${q.end}`} lang={DEFAULT_LANG}>
          <a href={articleHref(q.sourceId, q.start, q.end)}>{q.text}</a>
        </blockquote>
      ))}
      {cell.gist ? <p className="gist">{cell.gist}</p> : null}
    </>
  );
}

function cellClass(cell: ClaimCell | undefined): string | undefined {
  if (!cell || cell.status === 'silent') return 'silent';
  return cell.flagged ? 'flagged' : undefined;
}

function Disagreement({ claim, sources }: { claim: Claim; sources: readonly SourceMeta[] }): ReactNode {
  const t = useT();
  return claim.disagreement ? (
    <p className="flag">
      <span aria-hidden="true">⚑ </span>
      <span className="visually-hidden">{t('claims.disagreementLabel')} </span>
      {nameArticles(claim.disagreement, sources, t)}
    </p>
  ) : null;
}

/** A remark on the row that is not a disagreement (one name spelled two ways): no flag. */
function RowNote({ claim, sources }: { claim: Claim; sources: readonly SourceMeta[] }): ReactNode {
  const t = useT();
  return claim.note ? <p className="row-note">{nameArticles(claim.note, sources, t)}</p> : null;
}

function LaterFindings({ claim }: { claim: Claim }): ReactNode {
  const t = useT();
  return claim.laterFindings?.length ? (
    <ul>
      {claim.laterFindings.map((f) => (
        <li key={`${f.date}-${f.text}`}>
          <time dateTime={f.date}>{longDate(t.lang, f.date)}</time>: {f.text}{' '}
          <span className="source">
            <Rich
              parts={
                f.accordingTo
                  ? t.parts('claims.findingAccording', {
                      who: f.accordingTo,
                      source: <FactSourceLink source={f.source} />,
                    })
                  : t.parts('claims.findingSource', { source: <FactSourceLink source={f.source} /> })
              }
            />
          </span>
        </li>
      ))}
    </ul>
  ) : (
    <span className="none">—</span>
  );
}

function Row({
  claim,
  sources,
  articleHref,
}: { claim: Claim } & Pick<Props, 'sources' | 'articleHref'>): ReactNode {
  return (
    <tr className={claim.disagreement ? 'disagreement' : undefined}>
      <th scope="row">
        {claim.label}
        <Disagreement claim={claim} sources={sources} />
        <RowNote claim={claim} sources={sources} />
      </th>
      {sources.map((s) => {
        const cell = claim.cells.find((c) => c.sourceId === s.id);
        return (
          <td key={s.id} className={cellClass(cell)}>
            <Words cell={cell} articleHref={articleHref} />
          </td>
        );
      })}
      <td className="later">
        <LaterFindings claim={claim} />
      </td>
    </tr>
  );
}

/** On a phone: one card per claim, each article's words in turn, in the page's own scroll. */
function Card({
  claim,
  sources,
  articleHref,
}: { claim: Claim } & Pick<Props, 'sources' | 'articleHref'>): ReactNode {
  const t = useT();
  const words = useStoryMeta().claims;
  return (
    <article className="claim-card" aria-labelledby={`claim-${claim.id}`}>
      <h3 id={`claim-${claim.id}`}>{claim.label}</h3>
      <Disagreement claim={claim} sources={sources} />
      <RowNote claim={claim} sources={sources} />
      {sources.map((s) => {
        const cell = claim.cells.find((c) => c.sourceId === s.id);
        return (
          <section key={s.id} className={cellClass(cell)}>
            <h4>
              {articleName(s, t)}{' '}
              <span className="col-sub">
                <ArticleDate source={s} />
              </span>
            </h4>
            <Words cell={cell} articleHref={articleHref} />
          </section>
        );
      })}
      <section className="later">
        <h4>{words.laterColumn}</h4>
        <LaterFindings claim={claim} />
      </section>
    </article>
  );
}

/**
 * Claims × articles: each cell the article's own words (verified at build time, and a link into
 * the article) or "Not stated". Disagreements are flagged in words, not only in colour. Later
 * official findings stand in their own column, never among the quotes.
 */
export default function ClaimsView({ sources, articleHref, closeHref, covered = false }: Props): ReactNode {
  const t = useT();
  const words = useStoryMeta().claims;
  const loaded = useLoaded(loadClaims);
  const claims = loaded.state === 'ready' ? loaded.value : null;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opened from a link in the panel: take the reader (and their screen reader) to the table.
  // (Embedded and opened by the permalink on load, the host page keeps its focus.)
  useEffect(() => {
    if (mayTakeFocus()) headingRef.current?.focus();
  }, []);
  useReturnFocus();
  useEscapeStack(
    ESCAPE_LAYER.claims,
    useCallback(() => goToHash(closeHref), [closeHref]),
  );

  return (
    <section className="overlay claims" aria-labelledby="claims-title" inert={covered}>
      <OverlayHeader
        headingId="claims-title"
        title={words.title}
        closeHref={closeHref}
        headingRef={headingRef}
      />
      <p className="hint">
        <Rich parts={t.parts('claims.hint', { flag: <span aria-hidden="true"> ⚑</span> })} />
      </p>
      {claims === null ? <p aria-live="polite">{t('claims.loading')}</p> : null}
      {claims && !claims.ok ? <p role="alert">{t('claims.loadFailed', { error: claims.error })}</p> : null}
      {claims?.ok ? (
        <>
          <table className="claims-table">
            <caption className="visually-hidden">{words.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{words.rowHeader}</th>
                {sources.map((s) => (
                  <th scope="col" key={s.id} title={s.headline}>
                    {articleName(s, t)}
                    <span className="col-sub">
                      {s.byline ? (
                        <Rich
                          parts={t.parts('claims.columnBy', {
                            byline: s.byline,
                            date: <ArticleDate source={s} />,
                          })}
                        />
                      ) : (
                        <ArticleDate source={s} />
                      )}
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
          <div className="claim-cards">
            {claims.value.claims.map((c) => (
              <Card key={c.id} claim={c} sources={sources} articleHref={articleHref} />
            ))}
          </div>
        </>
      ) : null}
    </section>
  );
}
