import type { ReactNode } from 'react';
import type { FactSource } from '../../geo/schema.ts';

/** A fact's source: a link when it has a (web) address, its label otherwise. Opens outside the app. */
export function FactSourceLink({ source }: { source: FactSource }): ReactNode {
  return source.url ? (
    <a href={source.url} rel="noreferrer noopener" target="_blank">
      {source.label}
    </a>
  ) : (
    source.label
  );
}
