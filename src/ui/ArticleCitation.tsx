import type { ReactNode } from 'react';
import type { SourceMeta } from '../../geo/schema.ts';
import { formatDate } from '../story/article-names.ts';

/** The article's date and, when the text has no date line, how the date was read (`dateNote`). */
export function ArticleDate({ source }: { source: Pick<SourceMeta, 'date' | 'dateNote'> }): ReactNode {
  return (
    <>
      <time dateTime={source.date}>{formatDate(source.date)}</time>
      {source.dateNote ? <span className="date-note"> ({source.dateNote})</span> : null}
    </>
  );
}

/** Headline, date, and byline/outlet only where the article names one. */
/** An article's citation as a reader sees it (a passage's `Citation` is its offsets in the data). */
export function ArticleCitation({ source }: { source: SourceMeta }): ReactNode {
  return (
    <cite>
      <span className="headline">{source.headline}</span>
      {', '}
      <ArticleDate source={source} />
      {source.byline ? `, by ${source.byline}` : ''}
      {source.outlet ? `, ${source.outlet}` : ''}
      {` (article ${source.id})`}
    </cite>
  );
}
