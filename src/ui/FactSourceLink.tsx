import type { ReactNode } from 'react';
import type { FactSource } from '../../geo/schema.ts';
import { useT } from '../i18n/useT.ts';

/**
 * A fact's source: a link when it has a (web) address at its publisher, its label otherwise. Opens
 * outside the app. Where only a copy could be read, says so ("read via a copy: …"), unlinked.
 */
export function FactSourceLink({ source }: { source: FactSource }): ReactNode {
  const t = useT();
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
      <span className="read-via"> {t('source.readVia', { copy: source.readVia })}</span>
    </>
  ) : (
    label
  );
}

/** Several sources in a row, each as FactSourceLink shows it, separated by semicolons. */
export function FactSourceList({ sources }: { sources: readonly FactSource[] }): ReactNode {
  return sources.map((source, i) => (
    <span key={`${source.label} ${source.url ?? ''}`}>
      {i > 0 ? '; ' : null}
      <FactSourceLink source={source} />
    </span>
  ));
}
