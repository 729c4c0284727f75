import type { ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';

/** What could not be shown, said once, as an alert; nothing when everything was. */
export function ProblemsAlert({ problems }: { problems: readonly string[] }): ReactNode {
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="problems">
      <p>{t('app.partsNotShown')}</p>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
