import type { ReactNode } from 'react';
import type { Passage, SourceMeta } from '../../geo/schema.ts';
import { nameArticles } from '../story/article-names.ts';
import { ArticleCitation } from './ArticleCitation.tsx';
import { useLinks } from './links.ts';

interface Props {
  passage: Passage;
  sources: ReadonlyMap<string, SourceMeta>;
}

/** One verbatim passage and every article it appears in. The text is rendered as text, never as HTML. */
export function PassageFigure({ passage, sources }: Props): ReactNode {
  const cites = passage.citations;
  const links = useLinks();
  return (
    <figure className="passage">
      <blockquote>{passage.text}</blockquote>
      {passage.flags?.map((f) => (
        <p className="flag" key={f.claimId}>
          <span aria-hidden="true">⚑ </span>
          <strong>{f.label}: the articles disagree.</strong>{' '}
          {nameArticles(f.disagreement, [...sources.values()])}{' '}
          <a href={links.claims}>Compare the articles</a>
        </p>
      ))}
      <figcaption>
        {cites.length > 1 ? <span className="also">In {cites.length} articles:</span> : null}
        <ul>
          {cites.map((c) => {
            const s = sources.get(c.sourceId);
            return (
              <li key={`${c.sourceId}:${c.start}`}>
                {s ? <ArticleCitation source={s} /> : <cite>Article {c.sourceId}</cite>}{' '}
                <a href={links.article(c.sourceId, c.start, c.end)} className="in-article">
                  Read it in the article
                </a>
              </li>
            );
          })}
        </ul>
      </figcaption>
    </figure>
  );
}
