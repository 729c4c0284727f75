import type { ReactNode } from 'react';
import type { SourceMeta } from '../../geo/schema.ts';

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export function formatDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : DATE.format(d);
}

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
export function Citation({ source }: { source: SourceMeta }): ReactNode {
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
