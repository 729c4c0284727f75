import type { ReactNode } from 'react';
import type { FactSource } from '../../geo/schema.ts';

/**
 * A fact's source: a link when it has a (web) address at its publisher, its label otherwise. Opens
 * outside the app. Where only a copy could be read, says so ("read via a copy: …"), unlinked.
 */
export function FactSourceLink({ source }: { source: FactSource }): ReactNode {
  const label = source.url ? (
    <a href={source.url} rel="noreferrer noopener" target="_blank">
      {source.label}
    </a>
  ) : (
    source.label
  );
  return source.readVia ? (
    <>
      {label}
      <span className="read-via"> (read via a copy: {source.readVia})</span>
    </>
  ) : (
    label
  );
}
