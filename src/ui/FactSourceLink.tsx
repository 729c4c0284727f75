import type { ReactNode } from 'react';
import type { FactSource } from '../../geo/schema.ts';
import { Rich } from '../i18n/Rich.tsx';
import { useT } from '../i18n/useT.ts';
import { DEFAULT_LANG } from '../url/pages.ts';

/**
 * A fact's source: a link when it has a (web) address at its publisher, its label otherwise. Opens
 * outside the app. Where only a copy could be read, says so ("read via a copy: …"), unlinked.
 * The label and the copy's description are the story's words, not translated: marked as its
 * language, so a screen reader on another language's page reads them as written.
 */
export function FactSourceLink({ source }: { source: FactSource }): ReactNode {
  const t = useT();
  const label = source.url ? (
    <a href={source.url} rel="noreferrer noopener" target="_blank" lang={DEFAULT_LANG}>
      {source.label}
    </a>
  ) : (
    <span lang={DEFAULT_LANG}>{source.label}</span>
  );
  return source.readVia ? (
    <>
      {label}
      <span className="read-via">
        {' '}
        <Rich
          parts={t.parts('source.readVia', { copy: <span lang={DEFAULT_LANG}>{source.readVia}</span> })}
        />
      </span>
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
